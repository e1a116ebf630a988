// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders"): a closed-form item-item regression.
// Each product's column of the customer × product matrix X is predicted from the other columns:
// B = argmin ‖X − XB‖² + λ‖B‖² with diag(B) = 0, solved by P = (XᵀX + λI)⁻¹,
// B_ij = −P_ij ÷ P_jj (i ≠ j), B_jj = 0. A customer's score for j is Σ over their products i of B_ij.

/**
 * Inverts a symmetric positive definite n × n matrix (row-major) in place with the sweep
 * operator (Goodnight 1979): sweeping every pivot turns A into −A⁻¹. The sweep keeps the matrix
 * symmetric, so only the upper triangle is updated (n³ ÷ 2 multiply-adds, ~1 s for n = 1,000)
 * and the lower one is copied at the end. An SPD matrix has every pivot positive: no pivoting.
 */
export function invertSpd(a: Float64Array, n: number): Float64Array {
  if (a.length !== n * n) throw new Error(`invertSpd: ${a.length} values for a ${n} × ${n} matrix`);
  const r = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const d = a[k * n + k]!;
    if (!(d > 0)) throw new Error(`invertSpd: pivot ${d} at ${k}: the matrix is not positive definite`);
    for (let j = 0; j < n; j++) r[j] = j >= k ? a[k * n + j]! : a[j * n + k]!;
    for (let i = 0; i < n; i++) {
      if (i === k || r[i] === 0) continue;
      const f = r[i]! / d;
      const row = i * n;
      for (let j = i; j < n; j++) a[row + j]! -= f * r[j]!;
      if (i < k) a[row + k]! += f * r[k]!; // j = k is not part of the update: undo it
    }
    for (let j = 0; j < n; j++) if (j !== k) a[j > k ? k * n + j : j * n + k] = r[j]! / d;
    a[k * n + k] = -1 / d;
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const value = -a[i * n + j]!;
      a[i * n + j] = value;
      a[j * n + i] = value;
    }
  }
  return a;
}

/**
 * The EASE weights B (row-major n × n) from the rows of X: one per customer, the column indexes
 * 0…n−1 of the products they bought and, optionally, the value of each (default 1).
 */
export function easeWeights(groups: readonly (readonly number[])[], n: number, lambda: number, values?: readonly (readonly number[])[]): Float64Array {
  const g = new Float64Array(n * n);
  for (let c = 0; c < groups.length; c++) {
    const group = groups[c]!;
    const x = values?.[c];
    for (let a = 0; a < group.length; a++) {
      const row = group[a]! * n;
      const xa = x ? x[a]! : 1;
      for (let b = 0; b < group.length; b++) g[row + group[b]!]! += x ? xa * x[b]! : 1;
    }
  }
  for (let i = 0; i < n; i++) g[i * n + i]! += lambda;
  const p = invertSpd(g, n);
  const diagonal = Float64Array.from({ length: n }, (_, j) => p[j * n + j]!);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) p[i * n + j] = i === j ? 0 : -p[i * n + j]! / diagonal[j]!;
  return p;
}
