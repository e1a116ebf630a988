// When to fit and refit in the stability simulation: model dates T0 every few weeks once enough
// history exists, each followed by refits Δ = step … horizon weeks later, all inside the data.
import { addDays } from '../calendar/isoDays.ts';
import { segmentSettings } from './segmentSettings.ts';

export interface RefitPlan {
  t0s: string[];
  weeks: number[];
  /** Every date features are needed for (T0s and T0 + Δ), sorted, without repeats. */
  cutoffs: string[];
}

export interface RefitSchedule {
  historyWeeks: number;
  everyWeeks: number;
  stepWeeks: number;
  horizonWeeks: number;
}

export function refitPlan(firstDate: string, lastDate: string, settings: RefitSchedule = segmentSettings.refit): RefitPlan {
  const weeks: number[] = [];
  for (let w = settings.stepWeeks; w <= settings.horizonWeeks; w += settings.stepWeeks) weeks.push(w);
  const t0s: string[] = [];
  for (let t0 = addDays(firstDate, settings.historyWeeks * 7); addDays(t0, settings.horizonWeeks * 7) <= lastDate; t0 = addDays(t0, settings.everyWeeks * 7)) {
    t0s.push(t0);
  }
  const cutoffs = [...new Set(t0s.flatMap((t0) => [t0, ...weeks.map((w) => addDays(t0, w * 7))]))].sort();
  return { t0s, weeks, cutoffs };
}
