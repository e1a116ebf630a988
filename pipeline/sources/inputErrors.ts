// Named errors for drop files that cannot be read whole. Each says which file (and physical
// line, as an editor shows it), what was found, and what to do; all exit 2 (bad input).
import { EXIT, VitrineError } from '../errors.ts';

function inputError(name: string, what: string, why: string, hint: string, cause?: unknown): VitrineError {
  return new VitrineError({ name, what, why, hint, exitCode: EXIT.input, cause });
}

// The form UnreadableDrop has always used (file: line N: what), which editors and tests know.
const at = (file: string, line?: number | null) => (line ? `${file}: line ${line}` : file);

export function notAFileError(path: string, found: 'folder' | 'symlink loop' | 'dangling symlink' | 'unreadable', cause?: unknown): VitrineError {
  const what: Record<typeof found, string> = {
    folder: `${path} is a folder, but its name ends like a data drop.`,
    'symlink loop': `${path} is a symbolic link that leads back to itself (a symlink loop).`,
    'dangling symlink': `${path} is a symbolic link to a file that does not exist.`,
    unreadable: `${path} cannot be opened (${(cause as NodeJS.ErrnoException | undefined)?.code ?? 'unknown reason'}).`,
  };
  return inputError(
    found === 'folder' ? 'DropIsAFolder' : found === 'unreadable' ? 'DropNotReadable' : found === 'symlink loop' ? 'SymlinkLoop' : 'DanglingSymlink',
    what[found],
    'Every .csv, .csv.gz and .xlsx entry of a data folder is read as a data drop, so each must be a readable file.',
    found === 'folder' ? 'Rename the folder (or move it out of the data folder).' : found === 'unreadable' ? 'Fix its permissions, or move it out of the data folder.' : 'Point the link at the real export, or delete it.',
    cause,
  );
}

export function emptyDropError(file: string, detail: string): VitrineError {
  return inputError('EmptyDrop', `${file} is empty (${detail}).`, 'A drop needs at least a header line; an empty file is usually a failed download or copy.', 'Copy the export again, or delete the empty file.');
}

export function gzipError(file: string, kind: 'not gzip' | 'truncated' | 'damaged', detail: string, cause?: unknown): VitrineError {
  const what = {
    'not gzip': `${file} is named .gz but is not gzip-compressed (${detail}).`,
    truncated: `${file} is truncated: the gzip data ends before its end marker (${detail}).`,
    damaged: `${file} is damaged: ${detail}.`,
  }[kind];
  return inputError(
    kind === 'not gzip' ? 'NotGzip' : 'DamagedGzip',
    what,
    'vitrine reads a .csv.gz to its last byte and checks its CRC and length trailer, so that a half-copied file never yields a report on part of the data.',
    kind === 'not gzip' ? 'If it is plain text, rename it to .csv; otherwise compress it again with gzip.' : 'Copy or download the file again (compare its size with the original), or check it with `gzip -t`.',
    cause,
  );
}

export function xlsxError(file: string, kind: 'not zip' | 'csv' | 'not xlsx' | 'damaged', detail: string, cause?: unknown): VitrineError {
  const what = {
    'not zip': `${file} is named .xlsx but is not an Excel workbook (${detail}).`,
    csv: `${file} is named .xlsx but holds plain text (it looks like a CSV: ${detail}).`,
    'not xlsx': `${file} is a zip archive but not an Excel workbook (${detail}).`,
    damaged: `${file} is a truncated or damaged workbook (${detail}).`,
  }[kind];
  return inputError(
    kind === 'damaged' ? 'DamagedXlsx' : 'NotAnXlsx',
    what,
    'An .xlsx file is a zip archive of XML parts; vitrine checks the archive is whole before reading its sheets.',
    kind === 'csv' ? 'Rename it to .csv.' : kind === 'damaged' ? 'Copy or download the workbook again, or open it in Excel and save it again.' : 'Save it from Excel as .xlsx (or as CSV UTF-8), or move it out of the data folder.',
    cause,
  );
}

export function encodingError(file: string, found: string, line: number | null, detail: string): VitrineError {
  return inputError(
    'UnsupportedEncoding',
    `${at(file, line)}: ${detail} (${found}).`,
    'vitrine reads UTF-8, and converts UTF-16 and Windows-1252 (Latin-1) files; a file that mixes encodings cannot be converted without guessing each line.',
    'Save the file as "CSV UTF-8" (Excel) or convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv`, after fixing the lines in the other encoding.',
  );
}

export function nulByteError(file: string, line: number): VitrineError {
  return inputError('NulByteInDrop', `${at(file, line)}: the file holds a NUL byte (0x00).`, 'Text exports never contain NUL bytes; one usually means a damaged copy or a binary file with a .csv name.', 'Open the file at that line, remove the NUL characters (or copy the export again), and run the build again.');
}

export function csvReadError(file: string, line: number | null, reason: string, cause?: unknown): VitrineError {
  return inputError(
    'UnreadableDrop',
    `${at(file, line)}: ${reason}`,
    'The file could not be parsed as a CSV (or XLSX sheet) with one record per line and the same number of columns on every line.',
    'Open the file at the line named above (as your editor numbers it), fix or remove the broken record, and run the build again. Quoted fields may contain commas and line breaks; quotes inside them must be doubled.',
    cause,
  );
}

export function rowCountMismatchError(file: string, records: number, rows: number): VitrineError {
  return inputError('RowCountMismatch', `${file}: ${records} records by a line-by-line count, but ${rows} rows were read.`, 'Every record of a drop must be read exactly once, or the ledger would not account for every line.', 'Check the file for unusual quoting (a quote in the middle of a field, a lone carriage return) and fix it; report the file if it looks fine.');
}

export function headerNotFoundError(place: string, first: readonly string[], looked: string, expected: string[][]): VitrineError {
  return inputError(
    'UnknownLayout',
    `${place}: the header [${first.join(', ')}] is not a known sales export layout, nor is any ${looked}.`,
    'vitrine reads the two column layouts of the UCI Online Retail exports and nothing else, so it cannot tell which column holds what.',
    `Make one of those rows the header: ${expected.map((cols) => cols.join(',')).join('  or  ')} (column order does not matter), or move the file out of the data folder.`,
  );
}
