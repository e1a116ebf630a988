// Encoding sniffing for drops: UTF-16 is told from the first bytes (BOM, or the NUL of every
// other byte), anything else must be valid UTF-8, else it is taken for Windows-1252 unless
// some of its lines are UTF-8 (then it mixes encodings, which cannot be converted safely).
import { isAscii, isUtf8 } from 'node:buffer';

export type DropEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function utf16Of(first: Buffer): DropEncoding | null {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  // Without a BOM, ASCII text in UTF-16 has a NUL in every other byte.
  const n = Math.min(first.length, 1024) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (first[2 * i] === 0) even++;
    if (first[2 * i + 1] === 0) odd++;
  }
  if (n >= 4 && odd > n * 0.3 && even < n * 0.05) return 'utf-16le';
  if (n >= 4 && even > n * 0.3 && odd < n * 0.05) return 'utf-16be';
  return null;
}

/** Validates UTF-8 chunk by chunk (native isUtf8); only a failing chunk is looked at line by line. */
export class Utf8Sniffer {
  badLine: number | null = null;
  utf8Line: number | null = null;
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer, line: number): void {
    if (this.badLine !== null && this.utf8Line !== null) return;
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeLength(buf);
    const body = buf.subarray(0, cut);
    this.carry = Buffer.from(buf.subarray(cut));
    if (isAscii(body)) return;
    const valid = isUtf8(body);
    if (valid && this.utf8Line !== null) return;
    let start = 0;
    for (let n = line; start < body.length; n++) {
      const end = body.indexOf(10, start);
      const text = body.subarray(start, end < 0 ? body.length : end);
      if (!isAscii(text)) {
        if (isUtf8(text)) this.utf8Line ??= n;
        else this.badLine ??= n;
      }
      if (end < 0) break;
      start = end + 1;
    }
  }
}

/** Length of `buf` without a multi-byte UTF-8 sequence cut at its end. */
function completeLength(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + need > buf.length ? i : buf.length;
  }
  return buf.length;
}
