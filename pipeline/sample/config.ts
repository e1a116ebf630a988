// Every parameter of the synthetic sample in one place. Changing a number here changes the
// output; the same config always gives the same bytes.

export const config = {
  seed: 20_111_209,
  period: { from: '2009-12-01', to: '2011-12-09' },
  drops: [
    {
      file: 'sales-2009-12_2010-12.csv',
      layout: 'online_retail_ii',
      from: '2009-12-01',
      to: '2010-12-09',
      header: ['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country'],
    },
    {
      file: 'sales-2010-12_2011-12.csv',
      layout: 'online_retail',
      from: '2010-12-01',
      to: '2011-12-09',
      header: ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'],
    },
  ],
  firstInvoiceNumber: 489_434,

  calendar: {
    /** Shop closed over Christmas and New Year (inclusive ranges). */
    closed: [
      ['2009-12-23', '2010-01-03'],
      ['2010-12-23', '2011-01-03'],
    ],
    /** Sunday .. Saturday. The shop takes no orders on Saturdays. */
    weekday: [0.55, 1.0, 1.05, 1.05, 1.15, 0.85, 0],
    /** Overall volume by month, January .. December (December = its first ten days). */
    month: [0.7, 0.72, 0.85, 0.8, 0.88, 0.85, 0.85, 0.88, 1.2, 1.45, 1.85, 1.5],
    /** After this day of December volume drops to this factor. */
    decemberDropAfter: 10,
    decemberLateFactor: 0.45,
    /** Growth over the whole period (the second year is a little busier). */
    growth: 0.15,
    /** Weights of the opening hours 7..20. */
    hours: [0.3, 1.2, 2.2, 2.6, 2.8, 2.6, 2.3, 1.9, 1.4, 0.9, 0.5, 0.3, 0.15, 0.1],
  },

  seasons: {
    christmas: [0.04, 0.02, 0.02, 0.02, 0.03, 0.04, 0.06, 0.2, 1.0, 1.5, 1.9, 1.1],
    christmasLate: 0.25, // after the December drop
    garden: [0.2, 0.25, 0.5, 0.9, 1.8, 2.2, 1.9, 0.9, 0.35, 0.2, 0.15, 0.15],
    valentine: { windowDays: 26, peak: 4.0, base: 0.06 },
  },

  customers: {
    count: 350,
    idMin: 12_346,
    idMax: 18_287,
    /** [country, weight, share of shops among its customers] */
    countries: [
      ['United Kingdom', 76, 0.25],
      ['Germany', 6, 0.85],
      ['France', 5, 0.85],
      ['EIRE', 3, 0.8],
      ['Netherlands', 2, 0.9],
      ['Spain', 2, 0.8],
      ['Belgium', 2, 0.85],
      ['Switzerland', 2, 0.8],
      ['Portugal', 1.5, 0.8],
      ['Italy', 1.2, 0.7],
      ['Australia', 1, 0.8],
      ['Norway', 1, 0.8],
      ['Sweden', 1, 0.8],
      ['Channel Islands', 1, 0.7],
      ['Japan', 0.7, 0.9],
      ['USA', 0.7, 0.6],
    ] as [string, number, number][],
    /** Very big wholesale customers, by country. */
    minPerCountry: 2,
    big: ['United Kingdom', 'Netherlands', 'EIRE'],
    lateJoinShare: 0.4,
    churnShare: 0.15,
    heavyReturners: 2,
    heavyReturnerFactor: 14,
  },

  orders: {
    /** Orders per month of a regular shop: lo + (hi - lo) * u^skew, u uniform. */
    shopOrdersPerMonth: [0.12, 1.0],
    shopOrdersSkew: 2,
    bigOrdersPerMonth: 2,
    /** Private customers: weights of 1, 2, 3, 4 orders in the whole period. */
    privateOrders: [0.55, 0.25, 0.13, 0.07],
    shopLines: [2, 19],
    bigLines: [10, 30],
    privateLinesP: 0.45, // geometric: 1 + failures, capped
    privateLinesMax: 8,
    guestInvoicesPerDay: 0.6,
    guestLinesP: 0.13, // geometric: 1 + failures, capped
    guestLinesMax: 38,
    guestForeignShare: 0.05,
    favourites: [12, 36],
    favouriteShare: 0.6,
    shopSmallQuantityShare: 0.1,
    bigQuantityMultiplier: [2, 6],
    bundleChance: 0.12,
    bundleMemberChance: 0.8,
    bundlePullChance: 0.35,
  },

  products: {
    priceChangeShare: 0.1,
    popularitySpread: 0.8,
  },

  returns: {
    /** Chance that a purchase line of a known customer is (partly) sent back later. */
    lineRate: 0.017,
    maxDelayDays: 40,
    fullQuantityShare: 0.6,
    /** Products that come back far more often than the rest. */
    productFactor: { '22941': 16, '37370': 14 } as Record<string, number>,
  },

  problems: {
    duplicates: 32,
    freeItems: 28,
    emptyDescription: 24,
    negativeQuantity: 20,
    negativeQuantityDescriptions: ['damaged', 'lost', '?', 'check', 'wet damaged', 'smashed', 'missing', 'thrown away'],
    /** Huge one-line orders cancelled minutes later (a classic outlier). */
    extremeOrders: [
      { date: '2010-01-18', code: '74215', quantity: 12_540 },
      { date: '2011-01-18', code: '74215', quantity: 74_215 },
    ],
  },
} as const;

export type Config = typeof config;
export type LayoutName = (typeof config.drops)[number]['layout'];
