// The closing table of a build: each step's time and the peak memory of the process while it
// ran, in the order the steps ran, so the slowest step is found at a glance.
export function stepTable(steps: Record<string, number>, peaksKb: Record<string, number>): string[] {
  const rows = Object.entries(steps).map(([label, ms]) => [label, `${(ms / 1000).toFixed(1)} s`, peaksKb[label] === undefined ? '' : `${Math.round(peaksKb[label]! / 1024).toLocaleString('en-GB')} MB`]);
  if (rows.length === 0) return [];
  const header = ['step', 'time', 'peak memory'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
