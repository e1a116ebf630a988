// What one order contains: a few bundles, the customer's favourites, popular products of the
// season; trade-pack quantities for shops, 1-4 for private people.
import { config } from '../config.ts';
import type { Day } from '../calendar/dates.ts';
import { seasonFactor } from '../calendar/seasonality.ts';
import { isAvailable, priceOn, weightOn, type Catalog } from '../catalog/catalog.ts';
import type { Rng } from '../../random/prng.ts';
import type { Customer, Flag, Line, Product } from '../model/types.ts';
import { bundles } from './bundles.ts';

/** Room is left for an injected postage line and a duplicate within the 40-line maximum. */
const MAX_LINES = 38;

export type BuyerKind = 'shop' | 'big' | 'private' | 'guest';

export function buyerKind(customer: Customer | null): BuyerKind {
  if (customer === null) return 'guest';
  if (customer.big) return 'big';
  return customer.kind;
}

function lineCount(kind: BuyerKind, rng: Rng): number {
  const o = config.orders;
  switch (kind) {
    case 'shop':
      return rng.int(o.shopLines[0], o.shopLines[1]);
    case 'big':
      return rng.int(o.bigLines[0], o.bigLines[1]);
    case 'private':
      return Math.min(1 + rng.geometric(o.privateLinesP), o.privateLinesMax);
    case 'guest':
      return Math.min(1 + rng.geometric(o.guestLinesP), o.guestLinesMax);
  }
}

function quantity(kind: BuyerKind, product: Product, rng: Rng): number {
  const o = config.orders;
  if (kind === 'private' || kind === 'guest') return rng.weighted([1, 2, 3, 4], [5, 3, 1, 1]);
  if (kind === 'shop' && rng.chance(o.shopSmallQuantityShare)) return rng.int(1, 4);
  const packs = kind === 'big' ? rng.int(o.bigQuantityMultiplier[0], o.bigQuantityMultiplier[1]) : 1 + Math.min(rng.geometric(0.6), 4);
  return product.pack * packs;
}

/** A sale line of a product on a day, with the spelling variants the export shows. */
export function productLine(product: Product, day: Day, qty: number, rng: Rng): Line {
  const flags: Flag[] = [];
  let description = product.description;
  let stockCode = product.code;
  const v = product.variant;
  if (v && day >= v.from && rng.chance(v.share)) {
    description = v.text;
    flags.push('description_variant');
  }
  const cv = product.codeVariant;
  if (cv && day >= cv.from && rng.chance(cv.share)) {
    stockCode = cv.code;
    flags.push('lowercase_stock_code');
  }
  return { stockCode, description, quantity: qty, price: priceOn(product, day), flags, product };
}

export function buildBasket(rng: Rng, catalog: Catalog, customer: Customer | null, day: Day): Line[] {
  const kind = buyerKind(customer);
  const target = lineCount(kind, rng);
  const chosen: Product[] = [];
  const has = (p: Product) => chosen.includes(p);
  const o = config.orders;

  const bundleScale = kind === 'private' || kind === 'guest' ? 0.5 : 1;
  const addBundle = (codes: string[]) => {
    for (const c of codes) {
      const m = catalog.byCode.get(c)!;
      if (isAvailable(m, day) && !has(m) && rng.chance(o.bundleMemberChance)) chosen.push(m);
    }
  };
  for (const [, codes, weight] of bundles) {
    const season = Math.min(seasonFactor(catalog.byCode.get(codes[0]!)!.season, day), 1.5);
    if (rng.chance(o.bundleChance * weight * season * bundleScale)) addBundle(codes);
  }

  const all = catalog.products;
  const allWeights = all.map((p) => weightOn(p, day));
  const favourites = customer?.favourites ?? [];
  const favWeights = favourites.map((p) => weightOn(p, day));
  const canFav = favWeights.some((w) => w > 0);
  let attempts = 0;
  while (chosen.length < target && attempts < target * 20) {
    attempts++;
    const p = canFav && rng.chance(o.favouriteShare) ? favourites[rng.weightedIndex(favWeights)]! : all[rng.weightedIndex(allWeights)]!;
    if (has(p)) continue;
    chosen.push(p);
    // A product of a bundle often pulls in its companions.
    const bundle = bundles.find(([, codes]) => codes.includes(p.code));
    if (bundle && rng.chance(o.bundlePullChance)) addBundle(bundle[1]);
  }
  const lines = rng.shuffle(chosen).slice(0, MAX_LINES);
  return lines.map((p) => productLine(p, day, quantity(kind, p, rng), rng));
}
