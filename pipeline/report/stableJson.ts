// Deterministic JSON: 2-space indent, trailing newline, keys in the order the contract builds
// them. Numbers are already rounded in SQL; -0 is written as 0 so diffs stay quiet.
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_, v: unknown) => (Object.is(v, -0) ? 0 : v), 2)}\n`;
}
