// Syntetos-Boylan demand classes from two numbers: ADI, the average number of weeks per
// week with a sale, and CV², the squared coefficient of variation of the non-zero sizes.
// Cut-offs 1.32 and 0.49 are the published ones.

export type DemandClass = 'smooth' | 'erratic' | 'intermittent' | 'lumpy';

export const DEMAND_CLASSES: readonly DemandClass[] = ['smooth', 'erratic', 'intermittent', 'lumpy'];
export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

export interface DemandProfile {
  adi: number;
  cv2: number;
  demandClass: DemandClass;
}

/** Classifies a weekly series (from the first sale on); null when nothing was sold. */
export function demandClass(y: readonly number[]): DemandProfile | null {
  const nonZero = y.filter((v) => v > 0);
  if (nonZero.length === 0) return null;
  const adi = y.length / nonZero.length;
  const mean = nonZero.reduce((sum, v) => sum + v, 0) / nonZero.length;
  const variance = nonZero.reduce((sum, v) => sum + (v - mean) ** 2, 0) / nonZero.length;
  const cv2 = variance / (mean * mean);
  const regular = adi < ADI_CUTOFF;
  const steady = cv2 < CV2_CUTOFF;
  const name: DemandClass = regular ? (steady ? 'smooth' : 'erratic') : steady ? 'intermittent' : 'lumpy';
  return { adi, cv2, demandClass: name };
}
