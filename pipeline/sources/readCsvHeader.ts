// Reads only the first line of a CSV that vitrine wrote itself (an XLSX sheet); drops are scanned by scanDrop.ts.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { csvParseRows } from 'd3-dsv';

export async function readCsvHeader(path: string): Promise<string[]> {
  const raw = createReadStream(path);
  const input = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return csvParseRows(line)[0] ?? [];
    return [];
  } finally {
    lines.close();
    raw.destroy();
  }
}
