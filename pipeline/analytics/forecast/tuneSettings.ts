// The forecasters' settings (outlier cap, Holt-Winters' season smoothing) chosen like the
// methods are: on the validation origins only. Each candidate runs the backtest on those
// origins, the method per class is chosen as usual, and the candidate whose chosen methods miss
// the fewest units (WAPE; MASE breaks a tie, then the listed order, default first) wins.
import { backtestSeries, type WeeklySeries } from './backtest.ts';
import { chooseMethods, MIN_CHOICE_CASES, scoreChosen, scoreMethods } from './backtestScores.ts';
import { SETTING_CANDIDATES, type ForecastSettings } from './forecasters.ts';

export interface SettingScore {
  settings: ForecastSettings;
  /** WAPE and MASE on validation of the methods chosen per class with these settings. */
  wape: number;
  mase: number;
}

/** Every candidate scored on the validation origins only, best first (lowest WAPE, then MASE, then listed order). */
export function tuneSettings(series: readonly WeeklySeries[], validation: readonly number[], closedWeeks: ReadonlySet<number>, horizon: number, candidates: readonly ForecastSettings[] = SETTING_CANDIDATES): SettingScore[] {
  const scored = candidates.flatMap((settings, index) => {
    const cases = series.flatMap((s) => backtestSeries(s, validation, horizon, closedWeeks, undefined, settings));
    const all = scoreChosen(cases, chooseMethods(scoreMethods(cases), MIN_CHOICE_CASES)).find((s) => s.demandClass === 'all');
    return all ? [{ settings, wape: all.wape, mase: all.mase, index }] : [];
  });
  scored.sort((a, b) => a.wape - b.wape || a.mase - b.mase || a.index - b.index);
  return scored.map(({ index: _, ...rest }) => rest);
}

