// Figures as the action sentences write them (the site's language is British English).
import { round } from '../../report/round.ts';

export function moneyText(value: number, currency: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value).replace('-', '−');
}

export function countText(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

/** "1 row", "12 rows" */
export function countOf(value: number, one: string, many: string): string {
  return `${countText(value)} ${Math.round(value) === 1 ? one : many}`;
}

export function pctText(rate: number): string {
  const pct = rate * 100;
  return `${pct.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(pct) < 10 ? 1 : 0 }).replace('-', '−')} %`;
}

/** "12 Oct 2018" */
export function dayText(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Olist's 32-digit ids read by their first 8, as the pages show them. */
export function idText(id: string): string {
  return id.length > 12 ? id.slice(0, 8) : id;
}

export function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const money2 = (value: number) => round(value, 2);
