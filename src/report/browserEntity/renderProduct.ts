// A product drawn in the browser: the sections of products/[product].astro, from its shard row.
import { descriptionColumns, productCountryColumns, topBuyerColumns } from '../../components/table/entityColumns.ts';
import { entityPages } from '../../i18n/messages/entityPages.ts';
import { entityParts } from '../../i18n/messages/entityParts.ts';
import { toolsFor } from '../../i18n/tools.ts';
import { buyerSplitSentence } from '../entityBuyerTexts.ts';
import { productFigures } from '../entityFigures.ts';
import { formatLift } from '../entityTakeaways.ts';
import { forecastSection } from './forecastSection.ts';
import { monthlySection, returnRatesSection } from './entitySections.ts';
import { crumb, esc, figuresHtml, howDetails, notComputed, para, productRef, tableHtml, type Refs } from './html.ts';
import type { BrowserEntityContext, BrowserProduct } from './types.ts';

export function productName(lang: Refs['lang'], product: BrowserProduct): string {
  return product.sales.description || entityPages[lang].product.unnamed(product.sales.stock_code);
}

export function renderProduct(refs: Refs, context: BrowserEntityContext, product: BrowserProduct): string {
  const { lang } = refs;
  const page = entityPages[lang];
  const t = page.product;
  const parts = entityParts[lang];
  const { fmt } = toolsFor(lang);
  const { sales, monthly, countries, descriptions, split, buyers, boughtWith } = product;
  const { currency } = context;
  const code = sales.stock_code;
  const name = productName(lang, product);
  const out = [
    crumb(refs, 'products', `${esc(t.stockCode)} <code>${esc(code)}</code>`),
    figuresHtml(productFigures(lang, sales, context.total, currency)),
    monthlySection(refs, context, monthly, 'product-monthly', t.chartTitle(name, code), { metric: 'product_monthly', holds: t.fileHolds }),
    returnRatesSection(refs, context, 'product', {
      units: { sold: sales.units_sold, returned: sales.units_returned, rate: sales.return_rate_units },
      value: { gross: sales.gross, returns: sales.returns, rate: sales.return_rate_value },
    }),
    `<h2>${esc(t.names)}</h2>`,
    para(descriptions.length > 1 ? t.variants(descriptions.length) : t.alwaysAs(name)),
    descriptions.length > 1 ? tableHtml(descriptions, descriptionColumns(lang), refs, fmt, currency, parts.descriptions) : '',
    `<h2>${esc(t.topCountries)}</h2>`,
    tableHtml(countries, productCountryColumns(lang), refs, fmt, currency, t.countries),
    para(t.countriesNote(countries.length), 'table-note'),
    `<h2>${esc(t.whoBuys)}</h2>`,
    split === 'not computed' ? notComputed(lang, 'product_customer_split') : para(split === null ? parts.noCustomerNumber : buyerSplitSentence(lang, split, currency)),
    buyers === null ? notComputed(lang, 'product_top_customers') : '',
    buyers && buyers.length > 0 ? tableHtml(buyers, topBuyerColumns(lang), refs, fmt, currency, parts.customers) + para(parts.topBuyersNote(buyers.length), 'table-note') : '',
  ];
  if (boughtWith) {
    const first = boughtWith[0];
    const c = parts.columns;
    const rows = boughtWith.map((row) =>
      `<tr><td class="num">${esc(fmt.count(row.rank))}</td><td>${productRef(refs, row.partner_code, row.partner_description)}</td>` +
      `<td class="num">${esc(fmt.count(row.baskets_with_both))}</td><td class="num">${esc(fmt.percent(row.confidence))}</td><td class="num">${esc(formatLift(lang, row.lift))}</td></tr>`);
    out.push(`<h2>${esc(t.boughtWith)}</h2>`, first
      ? para(parts.boughtWithIntro(first.baskets_with_product, fmt.percent(first.confidence), first.partner_description)) +
        `<div class="table-wrap" tabindex="0"><table><thead><tr><th scope="col" class="num">#</th><th scope="col">${esc(c.product)}</th>` +
        `<th scope="col" class="num">${esc(c.ordersTogether)}</th><th scope="col" class="num">${esc(c.shareOfItsOrders)}</th><th scope="col" class="num">${esc(c.lift)}</th></tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table></div>`
      : para(parts.boughtWithNone(context.boughtWithFloor), 'table-note'));
  } else out.push(`<h2>${esc(t.boughtWith)}</h2>`, notComputed(lang, 'product_bought_with'));
  if (context.definitions.boughtWith !== null) out.push(howDetails(parts.howChosen, context.definitions.boughtWith));
  out.push(forecastSection(refs, context.definitions.forecast, product.forecast));
  return out.join('\n');
}
