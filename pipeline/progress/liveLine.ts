// On a terminal, one line that says which step is running, for how long, and a counter when the
// step has one ("site: astro pages … 41 s · 6,210 pages written"), redrawn every second with
// Node's readline cursor functions. Not on a terminal (CI logs, pipes) it writes nothing: the
// plain line each step logs when it ends is the log.
import { clearLine, cursorTo } from 'node:readline';
import type { Logger } from '../effects.ts';

export interface LiveLine {
  start(label: string, counter?: () => string): void;
  stop(): void;
  /** A logger whose lines go above the live line instead of through it. */
  logger(inner: Logger): Logger;
}

interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export function liveLine(stream: Terminal, now: () => number = () => performance.now(), everyMs = 1000): LiveLine {
  let current: { label: string; counter?: () => string; since: number } | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const tty = stream.isTTY === true;
  const clear = () => {
    clearLine(stream as NodeJS.WritableStream, 0);
    cursorTo(stream as NodeJS.WritableStream, 0);
  };
  const draw = () => {
    if (!current) return;
    const counted = current.counter?.();
    const text = `${current.label} … ${Math.round((now() - current.since) / 1000)} s${counted ? ` · ${counted}` : ''}`;
    clear();
    stream.write(text.slice(0, Math.max(10, (stream.columns || 80) - 1)));
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    if (current && tty) clear();
    current = null;
  };
  return {
    start(label, counter) {
      stop();
      if (!tty) return;
      current = { label, counter, since: now() };
      draw();
      timer = setInterval(draw, everyMs);
      timer.unref();
    },
    stop,
    logger: (inner) => ({
      info(message) {
        if (current) clear();
        inner.info(message);
        draw();
      },
      warn(message) {
        if (current) clear();
        inner.warn(message);
        draw();
      },
    }),
  };
}
