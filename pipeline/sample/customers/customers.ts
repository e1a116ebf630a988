// The shop's customers: wholesale shops (trade packs, monthly repeat orders) and private
// people (a few small orders). Each has one country and a 5-digit id.
import { config } from '../config.ts';
import { period } from '../calendar/seasonality.ts';
import type { Rng } from '../../random/prng.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Customer, Product } from '../model/types.ts';

function drawIds(rng: Rng): number[] {
  const { count, idMin, idMax } = config.customers;
  const ids = new Set<number>([idMin, idMax]);
  while (ids.size < count) ids.add(rng.int(idMin, idMax));
  return [...ids].sort((a, b) => a - b);
}

function drawFavourites(rng: Rng, catalog: Catalog): Product[] {
  const [min, max] = config.orders.favourites;
  const n = rng.int(min, max);
  const pool = catalog.products.slice();
  const out: Product[] = [];
  while (out.length < n && pool.length > 0) {
    const i = rng.weightedIndex(pool.map((p) => Math.sqrt(p.popularity)));
    out.push(pool[i]!);
    pool.splice(i, 1);
  }
  return out;
}

export function buildCustomers(rng: Rng, catalog: Catalog): Customer[] {
  const c = config.customers;
  const countries = c.countries.map(([name]) => name);
  const weights = c.countries.map(([, w]) => w);
  const span = period.to - period.from;
  const customers: Customer[] = drawIds(rng.fork('ids')).map((id) => {
    const r = rng.fork(`customer:${id}`);
    const country = r.weighted(countries, weights);
    const shopShare = c.countries.find(([name]) => name === country)![2];
    const kind = r.chance(shopShare) ? 'shop' : 'private';
    const activeFrom = r.chance(c.lateJoinShare) ? period.from + r.int(0, Math.floor(span * 0.85)) : period.from;
    const activeUntil = r.chance(c.churnShare) ? r.int(Math.min(activeFrom + 90, period.to), period.to) : period.to;
    const [lo, hi] = config.orders.shopOrdersPerMonth;
    return {
      id,
      country,
      kind,
      big: false,
      returnFactor: 1,
      activeFrom,
      activeUntil,
      ordersPerMonth: kind === 'shop' ? lo + (hi - lo) * r.next() ** config.orders.shopOrdersSkew : 0,
      plannedOrders: kind === 'private' ? 1 + r.weightedIndex(config.orders.privateOrders) : 0,
      favourites: kind === 'shop' ? drawFavourites(r, catalog) : [],
    };
  });

  // Every country of the list has a few customers: rare countries take over UK customers.
  const fill = rng.fork('countries');
  for (const [country, , shopShare] of c.countries) {
    while (customers.filter((x) => x.country === country).length < c.minPerCountry) {
      const chosen = fill.pick(customers.filter((x) => x.country === 'United Kingdom'));
      chosen.country = country;
      if (chosen.kind === 'private' && fill.chance(shopShare)) {
        chosen.kind = 'shop';
        chosen.plannedOrders = 0;
        chosen.ordersPerMonth = config.orders.shopOrdersPerMonth[0] + fill.next() * 0.5;
        chosen.favourites = drawFavourites(fill, catalog);
      }
    }
  }

  // A few very big wholesale customers, active over the whole period.
  const pick = rng.fork('big');
  for (const country of c.big) {
    const candidates = customers.filter((x) => x.country === country && !x.big);
    const chosen = pick.pick(candidates);
    chosen.kind = 'shop';
    chosen.big = true;
    chosen.activeFrom = period.from;
    chosen.activeUntil = period.to;
    chosen.ordersPerMonth = config.orders.bigOrdersPerMonth;
    chosen.plannedOrders = 0;
    if (chosen.favourites.length === 0) chosen.favourites = drawFavourites(pick, catalog);
  }

  // A couple of customers who send a lot back: regular UK shops active all along.
  const returners = rng.fork('returners');
  const regulars = customers.filter(
    (x) => x.kind === 'shop' && !x.big && x.activeFrom === period.from && x.activeUntil === period.to && x.ordersPerMonth > 0.8,
  );
  for (const chosen of returners.shuffle(regulars).slice(0, c.heavyReturners)) chosen.returnFactor = c.heavyReturnerFactor;
  return customers;
}
