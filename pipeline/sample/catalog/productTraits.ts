// Per-product behaviour beyond code, description and price: best sellers, products that
// arrive late or are dropped, trends, spelling variants over time.

/** Popularity of the best sellers and of a few rare lines (others: a random weight around 1). */
export const popularity: Record<string, number> = {
  '85123A': 12,
  '22423': 9,
  '85099B': 9,
  '22086': 10,
  '84879': 7,
  '47566': 6,
  '20725': 6,
  '23084': 6,
  '21212': 5,
  '22197': 5,
  '22469': 5,
  '84991': 4,
  '22457': 4,
  '22697': 1.5,
  '22699': 1.5,
  '22698': 1.2,
  '15056BL': 3,
  '22941': 2.5,
  '37370': 2,
  '23400': 0.3,
  '23401': 0.3,
};

/** Products that are rarely bought (candidates for "worst regular products"). */
export const slowSellers = ['22988', '21086', '22373', '82482', '85014B', '22933'];

/** [code, first day on sale, last day on sale] (null = whole period). */
export const availability: [string, string | null, string | null][] = [
  ['23084', '2010-09-15', null],
  ['23102', '2010-09-01', null],
  ['23344', '2010-08-02', null],
  ['23298', '2011-01-10', null],
  ['23203', '2011-03-01', null],
  ['23209', '2011-03-01', null],
  ['23313', '2011-08-01', null],
  ['84029E', null, '2011-05-31'],
  ['22310', null, '2011-04-29'],
];

/** Popularity at the end of the period relative to its start (declining and rising lines). */
export const trends: Record<string, number> = {
  '22752': 0.2,
  '21754': 0.25,
  '22622': 0.3,
  '37370': 0.45,
  '21035': 0.5,
  '22423': 1.4,
  '85099B': 1.3,
  '84879': 1.2,
};

/** Spelling variants of a description used on part of a product's lines from a date on. */
export const descriptionVariants: [string, string, string, number][] = [
  ['85123A', 'CREAM HANGING HEART T-LIGHT HOLDER', '2010-06-01', 0.3],
  ['20727', 'LUNCH BAG  BLACK SKULL.', '2010-03-01', 0.25],
  ['22197', 'POPCORN HOLDER', '2011-01-04', 0.5],
  ['84029E', 'RED WOOLLY HOTTIE WHITE HEART', '2010-10-01', 0.35],
];

/** Another spelling of a stock code used on part of a product's lines from a date on. */
export const codeVariants: [string, string, string, number][] = [['15056BL', '15056bl', '2010-04-01', 0.3]];
