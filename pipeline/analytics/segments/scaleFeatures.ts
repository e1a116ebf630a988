// Feature table → clustering points: each feature transformed (log1p for skewed ones), then
// z-scored with the mean and standard deviation of the customers it was fitted on. z-scores
// rather than a robust (median / IQR) scale: the IQR of the return rate and of the shop flag is
// 0 for this kind of data (most customers return nothing), which a robust scale cannot divide by.
import { transformValue, type FeatureSpec } from './featureSpecs.ts';
import type { Points } from './points.ts';

/** Raw feature values by column name, one entry per customer. */
export type FeatureColumns = Record<string, ArrayLike<number>>;

export interface Scaler {
  columns: string[];
  mean: Float64Array;
  sd: Float64Array;
}

export function transformedPoints(columns: FeatureColumns, features: readonly FeatureSpec[]): Points {
  const d = features.length;
  const n = columns[features[0]!.column]?.length ?? 0;
  const data = new Float64Array(n * d);
  features.forEach((feature, f) => {
    const values = columns[feature.column];
    if (!values || values.length !== n) throw new Error(`feature column ${feature.column} is missing or has the wrong length`);
    for (let i = 0; i < n; i++) data[i * d + f] = transformValue(values[i]!, feature.transform);
  });
  return { n, d, data };
}

export function fitScaler(points: Points, columns: string[]): Scaler {
  const { n, d, data } = points;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) mean[f] += data[i * d + f] / n;
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) sd[f] += (data[i * d + f] - mean[f]) ** 2 / n;
  // A constant feature carries no information: scale 1 leaves it at 0 instead of dividing by 0.
  for (let f = 0; f < d; f++) sd[f] = Math.sqrt(sd[f]) || 1;
  return { columns, mean, sd };
}

export function applyScaler(points: Points, scaler: Scaler): Points {
  const { n, d, data } = points;
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) out[i * d + f] = (data[i * d + f] - scaler.mean[f]) / scaler.sd[f];
  return { n, d, data: out };
}
