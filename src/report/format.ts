// Number and date formatting for the report. Fixed to en-GB so builds are identical everywhere.
// A non-breaking space keeps "12.3 %" and "£1.2 m"-style values on one line.
const NBSP = '\u00a0';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format;
}

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234567.8 → "£1,234,568"; negative → "−£1,235" (a real minus sign, easier to spot). */
export function formatMoney(value: number, currency: string): string {
  const text = moneyFormat(currency).format(Math.abs(value));
  return Math.round(value) < 0 ? `−${text}` : text;
}

/** Short money for prose: £1.2m, £45k, £950. */
export function formatMoneyShort(value: number, currency: string): string {
  const symbol = currencySymbol(currency);
  const sign = value < 0 ? '−' : '';
  const size = Math.abs(value);
  if (size >= 999_950) return `${sign}${symbol}${oneDecimal.format(size / 1_000_000)}m`;
  if (size >= 9_999.5) return `${sign}${symbol}${countFormat.format(size / 1_000)}k`;
  if (size >= 1_000) return `${sign}${symbol}${oneDecimal.format(size / 1_000)}k`;
  return formatMoney(value, currency);
}

export function currencySymbol(currency: string): string {
  return moneyFormat(currency).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
}

/** 1067370 → "1,067,370". */
export function formatCount(value: number): string {
  const text = countFormat.format(Math.abs(value));
  return Math.round(value) < 0 ? `−${text}` : text;
}

/** Up to one decimal, for medians and averages of counts: 6.5 → "6.5", 12 → "12". */
export function formatDecimal(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value).replace('-', '−');
}

/** A mean review score (1–5) with two decimals, so close scores stay apart: 4.2465 → "4.25". */
export function formatScore(value: number): string {
  return value.toFixed(2).replace('-', '−');
}

/** Fraction → percent with one decimal: 0.1234 → "12.3 %". */
export function formatRate(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  const text = `${oneDecimal.format(Math.abs(fraction) * 100)}${NBSP}%`;
  return fraction < 0 && text !== `0.0${NBSP}%` ? `−${text}` : text;
}

/** Like formatRate but always signed: "+4.0 %", "−42.1 %". */
export function formatChange(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  const text = formatRate(fraction);
  return fraction > 0 ? `+${text}` : text;
}

/** "2010-11" → "Nov 2010". */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-');
  const name = MONTHS[Number(month) - 1];
  return name ? `${name} ${year}` : isoMonth;
}

/** "2010-12-09" → "9 Dec 2010". */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '–';
  const [year, month, day] = isoDate.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && day ? `${Number(day)} ${name} ${year}` : isoDate;
}

/** "2009-12-01" … "2011-12-09" → "1 Dec 2009 – 9 Dec 2011". */
export function formatPeriod(period: { from: string; to: string }): string {
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}

/** A metric definition for readers: the sentences that name data fields (`share_net = …`) left out. */
export function withoutFieldNames(definition: string): string {
  const sentences = definition.split(/(?<=\.)\s+/);
  return sentences.filter((sentence) => !/\b[a-z]+_[a-z_]+\b/.test(sentence)).join(' ');
}
