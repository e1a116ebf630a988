// Counts CSV records the way DuckDB's strict reader does, to map record numbers to physical lines
// (what an editor shows). DuckDB skips blank lines and keeps line breaks inside quoted fields, so
// record n is not always on line n. Only the few records where the gap changes are kept.
// DuckDB's own error "Line: N" counts records plus the blank lines before them (checked on 1.5).

/** From `record` on (0 = header), physical line = record + 1 + shift; DuckDB line = record + 1 + blanks. */
export interface LineBreak {
  record: number;
  blanks: number;
  shift: number;
}

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

export class RecordScanner {
  readonly breaks: LineBreak[] = [];
  records = 0;
  blanks = 0;
  firstNulLine: number | null = null;
  /** Where the first records are (byte offsets and start line), to look for the header in. */
  readonly firstRecords: { start: number; end: number; line: number }[] = [];
  /** Set by finish() when the last record opens a quote that never closes. */
  unterminatedLine: number | null = null;
  /** Physical line at the current position. */
  line = 1;
  private state = FIELD_START;
  private empty = true;
  private startLine = 1;
  private prevCR = false;
  private shift = 0;
  private offset = 0;
  private recordStart = 0;

  private readonly keep: number;

  constructor(keep = 20) {
    this.keep = keep;
  }

  push(buf: Uint8Array): void {
    let { line, state, empty, startLine, prevCR } = this;
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i]!;
      if (b === 10 || b === 13) {
        if (b === 10 && prevCR) {
          prevCR = false;
          continue;
        }
        prevCR = b === 13;
        if (state === QUOTED) {
          line++;
        } else if (empty) {
          this.blanks++;
          line++;
        } else {
          this.endRecord(startLine, this.offset + i);
          line++;
          state = FIELD_START;
          empty = true;
        }
        continue;
      }
      prevCR = false;
      if (empty) {
        empty = false;
        startLine = line;
        this.recordStart = this.offset + i;
      }
      if (b === 34) {
        // A quote opens a field only at its start; inside an unquoted field it is a character.
        if (state === FIELD_START || state === QUOTE_IN_QUOTED) state = QUOTED;
        else if (state === QUOTED) state = QUOTE_IN_QUOTED;
      } else if (b === 44) {
        if (state !== QUOTED) state = FIELD_START;
      } else {
        if (state !== QUOTED) state = UNQUOTED;
        if (b === 0 && this.firstNulLine === null) this.firstNulLine = line;
      }
    }
    Object.assign(this, { line, state, empty, startLine, prevCR });
    this.offset += buf.length;
  }

  finish(): void {
    if (this.empty) return;
    if (this.state === QUOTED) this.unterminatedLine = this.startLine;
    this.endRecord(this.startLine, this.offset);
    this.empty = true;
  }

  private endRecord(startLine: number, end: number): void {
    const shift = startLine - this.records - 1;
    if (shift !== this.shift) {
      this.breaks.push({ record: this.records, blanks: this.blanks, shift });
      this.shift = shift;
    }
    if (this.records < this.keep) this.firstRecords.push({ start: this.recordStart, end, line: startLine });
    this.records++;
  }
}

/** Physical line of a DuckDB "CSV Error on Line: N". */
export function physicalLineOfDuckLine(breaks: readonly LineBreak[], duckLine: number): number {
  let blanks = 0;
  let shift = 0;
  for (const b of breaks) {
    if (b.record + 1 + b.blanks > duckLine) break;
    ({ blanks, shift } = b);
  }
  return duckLine - blanks + shift;
}

/** Breaks as (first rowid, line shift) rows, the header being record `header`: data row `rowid`
 * is record header + 1 + rowid, on physical line rowid + 2 + shift. */
export function rowShifts(breaks: readonly LineBreak[], header: number): [number, number][] {
  const byRow = new Map<number, number>(header > 0 ? [[0, header]] : []);
  for (const b of breaks) byRow.set(Math.max(0, b.record - 1 - header), header + b.shift);
  return [...byRow];
}
