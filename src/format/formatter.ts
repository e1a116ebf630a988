// Every number and date a reader sees, for the site and the charts alike, in one locale.
// The output is Intl's own (CLDR) for that locale, so a second language needs no new code:
// en-GB gives "£1,234,568", "£1.2m", "12.3%", "9 Dec 2011", "Sept 2011"; fr-FR gives
// "1 234 567,89 £", "12,3 %", "9 déc. 2011". Two house rules sit on top: a real minus sign "−"
// (easier to spot than a hyphen) and pence only below 100 (where they change the picture).

/** The report's language today. */
export const REPORT_LOCALE = 'en-GB';
/** What a missing value reads as. */
export const NONE = '–';

export interface Formatter {
  readonly locale: string;
  /** For labels and tables: `£12,345`, and pence below 100 (`£12.50`); `−£1,235`. */
  money(value: number, currency: string): string;
  /** For prose: two significant figures, `£1.2m`, `£45k`, `£3.4k`, `£950`. */
  moneyShort(value: number, currency: string): string;
  /** For axis ticks: like `moneyShort` with up to three figures, so `£1.25m` and `£1.3m` stay apart. */
  moneyTick(value: number, currency: string): string;
  /** `GBP` → `£`, `BRL` → `R$`, `USD` → `$`; an unknown code is returned as is. */
  currencySymbol(currency: string): string;
  /** Whole numbers: `1,067,370`. */
  count(value: number): string;
  /** `12k`, `1.2m`, `950`. */
  countShort(value: number): string;
  countTick(value: number): string;
  /** Up to `digits` decimals, trailing zeros dropped down to `atLeast`: 6.5 → `6.5`, 12 → `12` (`12.0` with 1). */
  decimal(value: number, digits?: number, atLeast?: number): string;
  /** Exactly two decimals, so close scores stay apart: 4.2465 → `4.25`. */
  score(value: number): string;
  /** A fraction with fixed decimals, so figures line up: 0.1234 → `12.3%`; null → `–`. */
  percent(fraction: number | null, digits?: number): string;
  /** Always signed: `+4.0%`, `−42.1%`, `0.0%`. */
  change(fraction: number | null, digits?: number): string;
  /** `2010-11` → `Nov 2010`; anything else is returned as is. */
  month(isoMonth: string): string;
  /** 1 → `Jan`, 9 → `Sept`: a month of any year. */
  monthOfYear(month: number): string;
  /** `2010-12-09` → `9 Dec`: a day of any year. */
  dayMonth(isoDate: string): string;
  /** `2010-12-09` → `9 Dec 2010`; null → `–`; anything else is returned as is. */
  date(isoDate: string | null): string;
  /** `1 Dec 2009 – 9 Dec 2011`. */
  period(period: { from: string; to: string }): string;
}

const formatters = new Map<string, Formatter>();

/** The formatter of a locale (`en-GB`, `fr-FR`), made once. */
export function formatterFor(locale: string = REPORT_LOCALE): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = makeFormatter(locale)));
  return formatter;
}

function makeFormatter(locale: string): Formatter {
  // Intl.NumberFormat is slow to build and fast to use: one per kind of figure, made on first use.
  const numbers = new Map<string, Intl.NumberFormat>();
  const number = (key: string, options: () => Intl.NumberFormatOptions) => (value: number): string => {
    let format = numbers.get(key);
    if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options() })));
    return withMinusSign(format.formatToParts(value));
  };
  const cash = (currency: string, key: string, options: Intl.NumberFormatOptions = {}) =>
    number(`${currency} ${key}`, () => ({ style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...options }));
  const digits = (n: number) => ({ minimumFractionDigits: n, maximumFractionDigits: n });
  const count = number('count', () => ({ maximumFractionDigits: 0 }));
  const countShort = number('count short', () => ({ notation: 'compact' }));
  const countTick = number('count tick', () => ({ notation: 'compact', maximumSignificantDigits: 3 }));
  const score = number('score', () => digits(2));
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dayName = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthsOfYear = Array.from({ length: 12 }, (_, m) => shortMonth.format(Date.UTC(2000, m, 1)));
  const dayOfYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const symbols = new Map<string, string>();
  // French writes the first day of a month as an ordinal: « 1er août 2011 », not « 1 août 2011 ».
  const firstDay = locale.startsWith('fr') ? (text: string) => text.replace(/^1(?=\s)/, '1er') : (text: string) => text;
  const monthLabels = new Map<string, string>();

  const self: Formatter = {
    locale,
    money: (value, currency) => (hasPence(value) ? cash(currency, 'pence', digits(2)) : cash(currency, 'whole', digits(0)))(value),
    moneyShort: (value, currency) => cash(currency, 'short', { notation: 'compact' })(value),
    moneyTick: (value, currency) => cash(currency, 'tick', { notation: 'compact', maximumSignificantDigits: 3 })(value),
    currencySymbol(currency) {
      let symbol = symbols.get(currency);
      if (symbol === undefined) {
        const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
        symbols.set(currency, (symbol = parts.find((part) => part.type === 'currency')?.value ?? currency));
      }
      return symbol;
    },
    count,
    countShort,
    countTick,
    decimal: (value, n = 1, atLeast = 0) => number(`decimal ${n} ${atLeast}`, () => ({ minimumFractionDigits: atLeast, maximumFractionDigits: n }))(value),
    score,
    percent: (fraction, n = 1) => (isNumber(fraction) ? number(`percent ${n}`, () => ({ style: 'percent', ...digits(n) }))(fraction) : NONE),
    change: (fraction, n = 1) =>
      isNumber(fraction) ? number(`change ${n}`, () => ({ style: 'percent', signDisplay: 'exceptZero', ...digits(n) }))(fraction) : NONE,
    month(isoMonth) {
      // Remembered: the entity charts label the same few dozen months thousands of times.
      let text = monthLabels.get(isoMonth);
      if (text === undefined) {
        const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
        text = match && validDate(match[1]!, match[2]!, '01') ? monthName.format(utc(match[1]!, match[2]!, '01')) : isoMonth;
        monthLabels.set(isoMonth, text);
      }
      return text;
    },
    monthOfYear: (month) => monthsOfYear[month - 1] ?? String(month),
    dayMonth(isoDate) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      return match && validDate(match[1]!, match[2]!, match[3]!) ? firstDay(dayOfYear.format(utc(match[1]!, match[2]!, match[3]!))) : isoDate;
    },
    date(isoDate) {
      if (!isoDate) return NONE;
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      return match && validDate(match[1]!, match[2]!, match[3]!) ? firstDay(dayName.format(utc(match[1]!, match[2]!, match[3]!))) : isoDate;
    },
    period: ({ from, to }) => `${self.date(from)} – ${self.date(to)}`,
  };
  return self;
}

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Pence show only below 100 and when there are any once rounded: 12.5 → 12.50, 12.001 → 12, 99.999 → 100. */
function hasPence(value: number): boolean {
  const cents = Math.round(Math.abs(value) * 100);
  return cents < 10_000 && cents % 100 !== 0;
}

function withMinusSign(parts: Intl.NumberFormatPart[]): string {
  return parts.map((part) => (part.type === 'minusSign' ? '\u2212' : part.value)).join('');
}

const utc = (year: string, month: string, day: string) => new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));

function validDate(year: string, month: string, day: string): boolean {
  const date = utc(year, month, day);
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}
