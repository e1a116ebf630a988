// `npm run lock:complete`, after any `npm install`: adds lock entries for the optional
// platform packages (darwin, win32, arm64…) that the registry here does not serve. npm install
// leaves them out, and `npm ci` then rejects the lock as out of sync; on linux-x64 they are
// skipped by their os/cpu fields, so nothing is fetched for them.
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const osNames = { android: 'android', darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', openbsd: 'openbsd', sunos: 'sunos', aix: 'aix' };
const platform = (name) => {
  if (/[-/]wasm32-wasi$/.test(name)) return { cpu: ['wasm32'] };
  const m = /[-/](android|darwin|linux|win32|windows|freebsd|openbsd|sunos|aix)-(arm64|x64|ia32|arm|ppc64|s390x|riscv64)(?:-(gnu|musl|msvc))?$/.exec(name);
  if (!m) return null;
  const out = { os: [osNames[m[1]]], cpu: [m[2]] };
  if (m[3] === 'gnu') out.libc = ['glibc'];
  if (m[3] === 'musl') out.libc = ['musl'];
  return out;
};
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `node_modules/${dep}`;
    if (lock.packages[where]) continue;
    const p = platform(dep);
    if (!p) continue;
    lock.packages[where] = { version, optional: true, ...p };
    added++;
  }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} platform entries`);
