// One streaming read of a CSV drop before DuckDB sees it: hashes the stored bytes, inflates a
// .gz to its last byte (zlib checks each member's CRC and length trailer), sniffs the encoding
// and counts records (lineMap.ts). UTF-16 and Windows-1252 files get a second pass that writes a
// UTF-8 copy for DuckDB; UTF-8 files (the usual case) are read once.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { csvParseRows } from 'd3-dsv';
import { emptyDropError, encodingError, gzipError, nulByteError, csvReadError } from './inputErrors.ts';
import { Utf8Sniffer, utf16Of, type DropEncoding } from './encodings.ts';
import { RecordScanner, type LineBreak } from './lineMap.ts';

export type { DropEncoding };

export interface ScannedDrop {
  sha256: string;
  /** What DuckDB reads: the file itself, or a UTF-8 copy when it was converted. */
  csvPath: string;
  gzip: boolean;
  encoding: DropEncoding;
  /** Characters outside ASCII that were converted (0 when read as UTF-8). */
  convertedChars: number;
  /** The first records (up to 20) with their physical line, to look for the header in. */
  firstRecords: { fields: string[]; line: number }[];
  /** Non-blank records, header included. */
  records: number;
  breaks: LineBreak[];
}

/** How many records are looked at for the header (exports may start with title lines). */
export const headerSearchRecords = 20;

export async function scanDrop(path: string, file: string, tempDir: string): Promise<ScannedDrop> {
  const size = (await stat(path)).size;
  if (size === 0) throw emptyDropError(file, '0 bytes');
  const gzip = /\.gz$/i.test(path);
  const hash = createHash('sha256');
  const sniff = new Utf8Sniffer();
  let scanner = new RecordScanner(headerSearchRecords);
  let prefix = new Prefix();
  let encoding = null as DropEncoding | null;
  const consumed = await readAll(path, file, gzip, (chunk) => hash.update(chunk), (chunk) => {
    encoding ??= utf16Of(chunk) ?? 'utf-8';
    if (encoding !== 'utf-8') return;
    sniff.push(chunk, scanner.line);
    scanner.push(chunk);
    prefix.push(chunk, scanner);
  });
  // zlib stops quietly at zero padding after the last member; DuckDB refuses it.
  if (gzip && consumed < size) throw gzipError(file, 'damaged', `${(size - consumed).toLocaleString('en-GB')} bytes follow the end of the gzip data`);
  let convertedChars = 0;
  let csvPath = path;
  if (encoding === 'utf-8' && sniff.badLine !== null) {
    if (sniff.utf8Line !== null) throw encodingError(file, `UTF-8 on line ${sniff.utf8Line}, another encoding on line ${sniff.badLine}`, sniff.badLine, 'the file mixes encodings');
    encoding = 'windows-1252';
  }
  if (encoding !== 'utf-8') {
    // Converted copies are scanned again, as DuckDB will read them.
    scanner = new RecordScanner(headerSearchRecords);
    prefix = new Prefix();
    csvPath = join(tempDir, `converted-${hash.copy().digest('hex').slice(0, 12)}.csv`);
    convertedChars = await convert(path, file, gzip, encoding ?? 'utf-8', csvPath, (chunk) => {
      scanner.push(chunk);
      prefix.push(chunk, scanner);
    });
  }
  scanner.finish();
  if (scanner.firstNulLine !== null) throw nulByteError(file, scanner.firstNulLine);
  if (scanner.unterminatedLine !== null) throw csvReadError(file, scanner.unterminatedLine, 'a quoted field opens on this line and is never closed (the file ends inside quotes).');
  if (scanner.records === 0) throw emptyDropError(file, 'only blank lines');
  const bytes = prefix.bytes();
  const firstRecords = scanner.firstRecords.map(({ start, end, line }) => {
    const text = bytes.subarray(start, end).toString('utf8').replace(/^\uFEFF/, '');
    return { fields: csvParseRows(text)[0] ?? [], line };
  });
  return {
    sha256: hash.digest('hex'),
    csvPath,
    gzip: gzip && csvPath === path,
    encoding: encoding ?? 'utf-8',
    convertedChars,
    firstRecords,
    records: scanner.records,
    breaks: scanner.breaks,
  };
}

/** What the build should say about a drop it could read. */
export function scanWarnings(file: string, scan: ScannedDrop): string[] {
  const warnings: string[] = [];
  if (scan.encoding !== 'utf-8') {
    const name = scan.encoding === 'windows-1252' ? 'Windows-1252 (Latin-1)' : scan.encoding.toUpperCase();
    warnings.push(`${file}: read as ${name}, not UTF-8; ${scan.convertedChars.toLocaleString('en-GB')} non-ASCII character(s) converted. Save it as UTF-8 to silence this.`);
  }
  return warnings;
}

/** Streams the file (inflated when gzip) to `onData`; returns the compressed bytes zlib consumed. */
async function readAll(path: string, file: string, gzip: boolean, onRaw: (b: Buffer) => void, onData: (b: Buffer) => void): Promise<number> {
  const gunzip = gzip ? createGunzip() : null;
  let out = 0;
  let head: Buffer | null = null;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      head ??= chunk.subarray(0, 40);
      onRaw(chunk);
      done(null, chunk);
    },
  });
  const sink = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      out += (chunk as Buffer).length;
      onData(chunk as Buffer);
    }
  };
  try {
    if (gunzip) await pipeline(createReadStream(path), tap, gunzip, sink);
    else await pipeline(createReadStream(path), tap, sink);
  } catch (error) {
    throw gunzip ? gzipFailure(file, error, head, out) : error;
  }
  return gunzip ? gunzip.bytesWritten : out;
}

function gzipFailure(file: string, error: unknown, head: Buffer | null, inflated: number) {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'Z_BUF_ERROR') return gzipError(file, 'truncated', `${inflated.toLocaleString('en-GB')} bytes inflated before it ends`, error);
  if (head?.[0] !== 0x1f || head[1] !== 0x8b) {
    const text = head && isUtf8(head) && !head.includes(0);
    const start = text ? `it starts with "${head!.toString("utf8").split(/\r?\n/)[0]}…"` : `it starts with bytes ${[...(head ?? [])].slice(0, 4).map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
    return gzipError(file, 'not gzip', start, error);
  }
  const detail = {
    'incorrect data check': 'the inflated data does not match the CRC stored in its trailer (CRC mismatch)',
    'incorrect length check': 'the inflated length does not match the length stored in its trailer',
    'incorrect header check': 'bytes after the end of the gzip data are not gzip',
  }[e.message];
  return gzipError(file, 'damaged', detail ?? `the gzip data cannot be inflated (${e.message})`, error);
}

/** Writes a UTF-8 copy; returns how many non-ASCII characters it converted. */
async function convert(path: string, file: string, gzip: boolean, encoding: DropEncoding, out: string, onData: (b: Buffer) => void): Promise<number> {
  const decoder = new TextDecoder(encoding);
  const writer = createWriteStream(out);
  let converted = 0;
  const emit = (text: string) => {
    converted += text.match(/[^\x00-\x7f]/g)?.length ?? 0;
    const bytes = Buffer.from(text, 'utf8');
    onData(bytes);
    writer.write(bytes);
  };
  await readAll(path, file, gzip, () => {}, (chunk) => emit(decoder.decode(chunk, { stream: true })));
  emit(decoder.decode());
  writer.end();
  await once(writer, 'finish');
  return converted;
}

/** Keeps the first bytes of the file until the records looked at for a header have ended. */
class Prefix {
  private chunks: Buffer[] = [];
  private kept = 0;
  /** Called after the scanner has seen `chunk`. */
  push(chunk: Buffer, scanner: RecordScanner): void {
    const last = scanner.firstRecords.at(-1);
    if (scanner.firstRecords.length === headerSearchRecords && this.kept >= last!.end) return;
    this.chunks.push(chunk);
    this.kept += chunk.length;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
