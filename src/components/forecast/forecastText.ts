// The stock takeaways, as pure functions of the rows (tests use tiny hand-made rows), in the
// page's language. Method and class names: src/i18n/messages/stockMethods.ts.
import type { CalendarRow } from '../../contracts/calendar.ts';
import type { Lang } from '../../i18n/langs.ts';
import { stockForecastText } from '../../i18n/messages/stockForecast.ts';
import { toolsFor } from '../../i18n/tools.ts';

/**
 * "Next 8 weeks: about 1,234 units (80 % interval 900–1,500), against 2,000 in the last 8 weeks."
 * For the zero forecast the interval (its past errors) lies above "about 0 units", so the sentence
 * says why the forecast is zero instead of giving a point outside its own interval.
 */
export function productForecastTakeaway(
  lang: Lang,
  p: Pick<CalendarRow<'stock_products'>, 'method' | 'expected_8_weeks' | 'expected_8_weeks_lower' | 'expected_8_weeks_upper' | 'last_8_weeks' | 'advice' | 'reasons'>,
): string {
  const t = stockForecastText[lang];
  const base = (p.method === 'zero' ? t.next8Zero : t.next8)({ expected: p.expected_8_weeks, lower: p.expected_8_weeks_lower, upper: p.expected_8_weeks_upper, last: p.last_8_weeks });
  if (p.advice === 'understock') return `${base}${t.understock(p.reasons[lang])}`;
  if (p.advice === 'surplus') return `${base}${t.surplus(p.reasons[lang])}`;
  return base;
}

/** The backtest in one sentence: whether the chosen methods beat seasonal naive, and by how much. */
export function backtestTakeaway(lang: Lang, rows: CalendarRow<'stock_backtest'>[], window: 'validation' | 'test'): string {
  const t = stockForecastText[lang];
  const pick = (method: string) => rows.find((r) => r.window === window && r.demand_class === 'all' && r.method === method);
  const chosen = pick('chosen');
  const naive = pick('seasonal_naive');
  if (!chosen || !naive) return t.noBacktest;
  return t.backtest({ beat: chosen.mase < naive.mase, mase: chosen.mase, naiveMase: naive.mase, maseVsNaive: chosen.mase_vs_naive, wape: chosen.wape, naiveWape: naive.wape });
}

/** When forecasts miss most and least: the origins with the highest and lowest mean MASE over the methods (all products). */
export function originsTakeaway(lang: Lang, rows: CalendarRow<'stock_backtest_origins'>[]): string {
  const t = stockForecastText[lang];
  const byOrigin = new Map<string, number[]>();
  for (const r of rows.filter((row) => row.demand_class === 'all' && row.method !== 'chosen')) byOrigin.set(r.first_target_week, [...(byOrigin.get(r.first_target_week) ?? []), r.mase]);
  const means = [...byOrigin.entries()].map(([week, values]) => ({ week, mean: values.reduce((s, v) => s + v, 0) / values.length }));
  if (means.length === 0) return t.noOrigins;
  const worst = means.reduce((a, b) => (b.mean > a.mean ? b : a));
  const best = means.reduce((a, b) => (b.mean < a.mean ? b : a));
  const { date } = toolsFor(lang).fmt;
  return t.origins({ worst: date(worst.week), worstMase: worst.mean, best: date(best.week), bestMase: best.mean });
}
