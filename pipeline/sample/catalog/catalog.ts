// Builds the product catalog: prices (with rare changes), trade packs, popularity, season.
import { config } from '../config.ts';
import { dayOf, type Day } from '../calendar/dates.ts';
import { period, seasonFactor } from '../calendar/seasonality.ts';
import type { Rng } from '../../random/prng.ts';
import type { Product, Season } from '../model/types.ts';
import { christmasProducts, gardenProducts, regularProducts, valentineProducts, type ProductEntry } from './productList.ts';
import { availability, codeVariants, descriptionVariants, popularity as popularityOverrides, slowSellers, trends } from './productTraits.ts';

export interface Catalog {
  products: Product[];
  byCode: Map<string, Product>;
}

function packFor(pence: number, rng: Rng): number {
  if (pence < 100) return rng.weighted([24, 48, 12], [5, 3, 2]);
  if (pence < 300) return rng.weighted([12, 6, 24], [6, 3, 1]);
  if (pence < 800) return rng.weighted([6, 12, 4], [6, 2, 1]);
  return rng.weighted([4, 2, 6], [5, 2, 2]);
}

const MIN_PENCE = 29;
const MAX_PENCE = 1500;

/** A rare small price change: 5-12 % up or down, on a round amount. */
function changedPrice(pence: number, rng: Rng): number {
  const factor = rng.chance(0.75) ? 1 + rng.int(5, 12) / 100 : 1 - rng.int(5, 12) / 100;
  const step = pence >= 100 ? 5 : 1;
  const next = Math.round((pence * factor) / step) * step;
  const bounded = Math.min(MAX_PENCE, Math.max(MIN_PENCE, next));
  return bounded === pence ? pence + (pence < MAX_PENCE ? step : -step) : bounded;
}

export function buildCatalog(rng: Rng): Catalog {
  const entries: [ProductEntry, Season][] = [
    ...regularProducts.map((e) => [e, 'regular'] as [ProductEntry, Season]),
    ...christmasProducts.map((e) => [e, 'christmas'] as [ProductEntry, Season]),
    ...valentineProducts.map((e) => [e, 'valentine'] as [ProductEntry, Season]),
    ...gardenProducts.map((e) => [e, 'garden'] as [ProductEntry, Season]),
  ];
  const span = period.to - period.from;
  const products: Product[] = entries.map(([[code, description, price], season]) => {
    const r = rng.fork(`product:${code}`);
    const pence = Math.round(price * 100);
    const prices: { from: Day; pence: number }[] = [{ from: period.from, pence }];
    if (r.chance(config.products.priceChangeShare)) {
      prices.push({ from: period.from + 60 + r.int(0, span - 120), pence: changedPrice(pence, r) });
    }
    const base = Math.exp(r.normal() * config.products.popularitySpread);
    const popularity = popularityOverrides[code] ?? (slowSellers.includes(code) ? 0.06 : base);
    const avail = availability.find(([c]) => c === code);
    const variant = descriptionVariants.find(([c]) => c === code);
    const codeVariant = codeVariants.find(([c]) => c === code);
    return {
      code,
      description,
      prices,
      season,
      popularity,
      pack: packFor(pence, r),
      availableFrom: avail?.[1] ? dayOf(avail[1]) : null,
      availableUntil: avail?.[2] ? dayOf(avail[2]) : null,
      trend: trends[code] ?? 1,
      variant: variant ? { text: variant[1], from: dayOf(variant[2]), share: variant[3] } : null,
      codeVariant: codeVariant ? { code: codeVariant[1], from: dayOf(codeVariant[2]), share: codeVariant[3] } : null,
      returnFactor: config.returns.productFactor[code] ?? 1,
    };
  });
  const byCode = new Map<string, Product>();
  for (const p of products) {
    if (byCode.has(p.code)) throw new Error(`duplicate stock code in catalog: ${p.code}`);
    byCode.set(p.code, p);
  }
  return { products, byCode };
}

export function priceOn(product: Product, day: Day): number {
  let pence = product.prices[0]!.pence;
  for (const p of product.prices) if (day >= p.from) pence = p.pence;
  return pence / 100;
}

export function isAvailable(product: Product, day: Day): boolean {
  if (product.availableFrom !== null && day < product.availableFrom) return false;
  if (product.availableUntil !== null && day > product.availableUntil) return false;
  return true;
}

/** Weight of a product in a basket on a day: popularity x season x trend; 0 when off sale. */
export function weightOn(product: Product, day: Day): number {
  if (!isAvailable(product, day)) return 0;
  const progress = (day - period.from) / (period.to - period.from);
  const trend = 1 + (product.trend - 1) * progress;
  return product.popularity * seasonFactor(product.season, day) * trend;
}
