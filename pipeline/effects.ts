// Side effects are injected (as Observable Framework's build does) so that the core can be
// tested with temp dirs and a silent logger.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface Effects {
  logger: Logger;
  /** Monotonic milliseconds, only for progress timings (never written into the report). */
  now(): number;
  /** Receives step timings when someone measures (npm run bench); optional. */
  timing?(label: string, ms: number): void;
  /** Says which step runs now, for a live line on a terminal (pipeline/progress/liveLine.ts); optional. */
  progress?: { start(label: string, counter?: () => string): void; stop(): void };
  readText(path: string): Promise<string>;
  listDir(path: string): Promise<string[]>;
  isDirectory(path: string): Promise<boolean>;
  /** Writes next to `path` and renames into place, so a failed run never leaves a half file. */
  writeTextAtomic(path: string, text: string): Promise<void>;
  replaceDirectory(tempDir: string, finalDir: string): Promise<void>;
  removeDirectory(path: string): Promise<void>;
}

export const silentLogger: Logger = { info() {}, warn() {} };

export const consoleLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
};

export function nodeEffects(logger: Logger = consoleLogger): Effects {
  return {
    logger,
    now: () => performance.now(),
    readText: (path) => readFile(path, 'utf8'),
    listDir: async (path) => (await readdir(path)).sort(),
    isDirectory: async (path) => (await stat(path).catch(() => null))?.isDirectory() ?? false,
    async writeTextAtomic(path, text) {
      await mkdir(dirname(path), { recursive: true });
      const temp = `${path}.tmp-${process.pid}`;
      await writeFile(temp, text);
      await rename(temp, path);
    },
    async replaceDirectory(tempDir, finalDir) {
      await mkdir(dirname(finalDir), { recursive: true });
      const old = `${finalDir}.old-${process.pid}`;
      const hadOld = await stat(finalDir).then(() => true, () => false);
      if (hadOld) await rename(finalDir, old);
      await rename(tempDir, finalDir);
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    removeDirectory: (path) => rm(path, { recursive: true, force: true }),
  };
}
