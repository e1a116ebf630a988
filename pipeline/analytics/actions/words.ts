// Small helpers of the action rules. How figures are written in each language is in
// src/i18n/messages/actionsFigures.ts.
import { round } from '../../report/round.ts';

/** Olist's 32-digit ids read by their first 8, as the pages show them. */
export function idText(id: string): string {
  return id.length > 12 ? id.slice(0, 8) : id;
}

export function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const money2 = (value: number) => round(value, 2);
