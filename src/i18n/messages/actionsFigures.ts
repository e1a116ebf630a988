// How the "What to do" sentences write their figures, one set per language. English keeps the
// action list's own style ("£4,000", "R$0.00", "30 %", "3 Jan 2012"); French uses the site's
// formatter ("4 000 £", "30 %", "3 janv. 2012"), so a card reads like the rest of its page.
import type { Lang } from '../langs.ts';
import { en, fr } from '../tools.ts';

export interface ActionFigures {
  /** Whole units from 100 up, pence below. */
  money(value: number, currency: string): string;
  /** Whole percent from 10 % up, one decimal below. */
  pct(rate: number): string;
  /** Signed, as pct: "+200 %". */
  change(rate: number): string;
  count(value: number): string;
  /** "3 Jan 2012" / "3 janv. 2012". */
  day(isoDate: string): string;
  /** A lift with up to `digits` decimals: 3.75 → "3.75" / "3,75". */
  lift(value: number, digits: number): string;
}

const pctDigits = (rate: number) => (Math.abs(rate * 100) < 10 ? 1 : 0);

const english: ActionFigures = {
  money(value, currency) {
    const digits = Math.abs(value) >= 100 ? 0 : 2;
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value).replace('-', '−');
  },
  pct: (rate) => en.fmt.percent(rate, pctDigits(rate)),
  change: (rate) => en.fmt.change(rate, pctDigits(rate)),
  count: (value) => en.fmt.count(Math.round(value)),
  day: (isoDate) => en.fmt.date(isoDate),
  lift: (value, digits) => value.toLocaleString('en-GB', { maximumFractionDigits: digits }),
};

const french: ActionFigures = {
  money: (value, currency) => fr.fmt.money(value, currency),
  pct: (rate) => fr.fmt.percent(rate, pctDigits(rate)),
  change: (rate) => fr.fmt.change(rate, pctDigits(rate)),
  count: (value) => fr.fmt.count(Math.round(value)),
  day: (isoDate) => fr.fmt.date(isoDate),
  lift: (value, digits) => fr.fmt.decimal(value, digits),
};

export const actionFigures: Record<Lang, ActionFigures> = { en: english, fr: french };
