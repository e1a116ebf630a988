// The closing table of a build: each step's time, the CPU time the process spent in it (DuckDB's
// threads included) and its peak memory, in the order the steps ran. CPU beside wall time tells a
// slow step from a busy machine: on 2 cores, a step whose wall time is far above its CPU time
// was waiting for the other builds.
export function stepTable(steps: Record<string, number>, peaksKb: Record<string, number>, cpuMs: Record<string, number> = {}): string[] {
  const seconds = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);
  const rows = Object.entries(steps).map(([label, ms]) => [
    label,
    seconds(ms),
    seconds(cpuMs[label]),
    peaksKb[label] === undefined ? '' : `${Math.round(peaksKb[label]! / 1024).toLocaleString('en-GB')} MB`,
  ]);
  if (rows.length === 0) return [];
  const header = ['step', 'time', 'CPU', 'peak memory'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
