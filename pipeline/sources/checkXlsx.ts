// Checks that an .xlsx is a whole workbook before exceljs streams it: exceljs reads the zip's
// parts front to back, so a copy cut short in the archive's directory (at its end) would load
// without a word. yauzl reads that directory, which exists only in a complete archive.
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import yauzl from 'yauzl';
import { emptyDropError, xlsxError } from './inputErrors.ts';

export async function checkXlsx(path: string, file: string): Promise<void> {
  const handle = await open(path);
  let head: Buffer;
  try {
    const { size } = await handle.stat();
    if (size === 0) throw emptyDropError(file, '0 bytes');
    head = Buffer.alloc(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (head.readUInt32LE(0) !== 0x04034b50) {
    if (isUtf8(head) && !head.includes(0)) throw xlsxError(file, 'csv', `its first line is "${head.toString('utf8').split(/\r?\n/)[0]!.slice(0, 80)}"`);
    throw xlsxError(file, 'not zip', `it starts with bytes ${[...head.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}, not a zip signature`);
  }
  const names = await zipEntryNames(path).catch((error: unknown) => {
    throw xlsxError(file, 'damaged', `its zip directory cannot be read: ${(error as Error).message}`, error);
  });
  if (!names.includes('xl/workbook.xml')) {
    throw xlsxError(file, 'not xlsx', `it holds ${names.slice(0, 3).join(', ') || 'nothing'}${names.length > 3 ? ', …' : ''} but no xl/workbook.xml`);
  }
}

function zipEntryNames(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
