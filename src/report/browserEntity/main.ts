// The browser side of product.astro and customer.astro: reads ?id=, fetches the one shard file
// that holds that entity, and draws its page; says what went wrong when it cannot.
import { isLang, type Lang } from '../../i18n/langs.ts';
import { browserEntityText } from '../../i18n/messages/browserEntity.ts';
import { entityPages } from '../../i18n/messages/entityPages.ts';
import { shardOf, shardPath } from '../../routing/entityPaths.ts';
import { esc, type Refs } from './html.ts';
import { productName, renderProduct } from './renderProduct.ts';
import { renderCustomer } from './renderCustomer.ts';
import type { BrowserEntity, BrowserEntityContext, EntityShard } from './types.ts';

/** The heading of an entity's page, as the page built in advance titles it. */
export function entityTitle(lang: Lang, entity: BrowserEntity): string {
  return entity.kind === 'product' ? productName(lang, entity) : entityPages[lang].customer.title(entity.sales.customer_id);
}

/** The page body of an entity, or the message to show instead. */
export function entityBody(lang: Lang, context: BrowserEntityContext, entity: BrowserEntity): string {
  const refs: Refs = { lang, dataset: context.dataset, base: context.base, links: entity.links };
  return entity.kind === 'product' ? renderProduct(refs, context, entity) : renderCustomer(refs, context, entity);
}

export async function start(): Promise<void> {
  const root = document.getElementById('entity-root');
  const contextNode = document.getElementById('entity-context');
  const lang = document.documentElement.lang;
  if (!root || !contextNode || !isLang(lang)) return;
  const context = JSON.parse(contextNode.textContent ?? '{}') as BrowserEntityContext;
  const t = browserEntityText[lang];
  const fail = (message: string) => void (root.innerHTML = `<p class="intro entity-error" role="alert">${esc(message)}</p>`);
  root.querySelector<HTMLElement>('.entity-loading')?.removeAttribute('hidden');
  // The other language's page of the same entity.
  for (const link of document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('[hreflang][href]')) {
    const url = new URL(link.href);
    url.search = location.search;
    link.href = url.href;
  }
  const id = new URLSearchParams(location.search).get('id');
  if (!id) return fail(t.noId(context.kind));
  if (context.shards < 1) return fail(t.notFound(context.kind, id));
  const path = shardPath(context.dataset, context.kind, shardOf(id, context.shards));
  let shard: EntityShard;
  try {
    const response = await fetch(context.base + path);
    if (!response.ok) throw new Error(String(response.status));
    shard = (await response.json()) as EntityShard;
  } catch {
    return fail(t.unreadable(path));
  }
  const entity = Object.hasOwn(shard.entities, id) ? shard.entities[id] : undefined;
  if (!entity || entity.kind !== context.kind) return fail(t.notFound(context.kind, id));
  const title = entityTitle(lang, entity);
  const heading = document.querySelector('main h1');
  if (heading) heading.textContent = title;
  document.title = `${title} · ${context.titleSuffix}`;
  root.innerHTML = entityBody(lang, context, entity);
}
