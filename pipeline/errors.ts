// Errors in the style of Astro's: a permanent name, what happened, why, and what to do.
// The CLI prints them without a stack trace and exits with the code given here.

export interface VitrineErrorInit {
  name: string;
  what: string;
  why: string;
  hint: string;
  exitCode?: number;
  cause?: unknown;
}

export class VitrineError extends Error {
  readonly code: string;
  readonly what: string;
  readonly why: string;
  readonly hint: string;
  readonly exitCode: number;

  constructor(init: VitrineErrorInit) {
    super(`${init.name}: ${init.what}`, { cause: init.cause });
    this.name = 'VitrineError';
    this.code = init.name;
    this.what = init.what;
    this.why = init.why;
    this.hint = init.hint;
    this.exitCode = init.exitCode ?? 1;
  }

  /** The three-part message shown to the person running the build. */
  explain(): string {
    return `error ${this.code}\n  What happened: ${this.what}\n  Why: ${this.why}\n  What to do: ${this.hint}`;
  }
}

export const EXIT = { input: 2, ledger: 3, contract: 4, internal: 1 } as const;

export function unknownLayoutError(file: string, header: string[], expected: string[][]): VitrineError {
  return new VitrineError({
    name: 'UnknownLayout',
    what: `${file}, line 1: the header [${header.join(', ')}] is not a known sales export layout.`,
    why: 'vitrine reads the two column layouts of the UCI Online Retail exports and nothing else, so it cannot tell which column holds what.',
    hint: `Rename the header to one of: ${expected.map((cols) => cols.join(',')).join('  or  ')} (column order does not matter), or move the file out of the data folder.`,
    exitCode: EXIT.input,
  });
}

export function unreadableFileError(file: string, detail: string, cause?: unknown): VitrineError {
  return new VitrineError({
    name: 'UnreadableDrop',
    what: `${file}: ${detail}`,
    why: 'The file could not be parsed as a CSV (or XLSX sheet) with one record per line and the same number of columns on every line.',
    hint: 'Open the file at the position named above, fix or remove the broken record, and run the build again. Quoted fields may contain commas; quotes inside them must be doubled.',
    exitCode: EXIT.input,
    cause,
  });
}

export function noDropsError(folder: string): VitrineError {
  return new VitrineError({
    name: 'NoDrops',
    what: `${folder} holds no .csv, .csv.gz or .xlsx file.`,
    why: 'A dataset is a folder of data drops; without one there is nothing to report on.',
    hint: 'Copy the sales exports into that folder, or pass another folder with --data <folder>.',
    exitCode: EXIT.input,
  });
}

export function ledgerMismatchError(dataset: string, raw: number, bucketed: number): VitrineError {
  return new VitrineError({
    name: 'LedgerDoesNotReconcile',
    what: `${dataset}: ${raw} raw rows but the ledger buckets add up to ${bucketed} (difference ${raw - bucketed}).`,
    why: 'Every raw row must land in exactly one ledger bucket; a difference means a rule lost or double-counted rows, so no number in the report can be trusted.',
    hint: 'This is a bug in the ledger rules (pipeline/sql/ledger). Report it with the dataset; the build stops so that no wrong report is published.',
    exitCode: EXIT.ledger,
  });
}

export function contractError(file: string, detail: string): VitrineError {
  return new VitrineError({
    name: 'ReportContractViolated',
    what: `${file} does not match its contract: ${detail}`,
    why: 'The site reads report files through the contracts in src/contracts; writing a file that breaks them would break pages silently.',
    hint: 'This is a bug in the metric SQL or the contract; fix the one that is wrong. Nothing was written.',
    exitCode: EXIT.contract,
  });
}
