// Writes the static search index (Pagefind: a maintained, server-free search library whose
// index is split into small fragments the browser fetches on demand) into <outDir>/pagefind/.
// One index per language (the records say theirs): the search page of /fr/ loads the French one.
// The records go through a folder of small HTML files (recordHtml.ts says why), in the system's
// temporary folder, made and removed here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS, parseLangs, type Lang } from '../i18n/langs.ts';
import { listDatasets } from '../report/loadReport.ts';
import { recordHtml } from './recordHtml.ts';
import { searchRecords } from './searchRecords.ts';

const FILES_PER_FOLDER = 1000;

/** `langs`: the languages the site was built in (default VITRINE_LANGS, as src/report/site.ts's builtLangs). */
export async function buildSearchIndex(
  reportDir: string, outDir: string, base: string,
  langs: readonly Lang[] = parseLangs(process.env.VITRINE_LANGS || LANGS.join(',')),
): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'vitrine-search-records-'));
  try {
    const records = writeRecordFiles(reportDir, base, langs, folder);
    // Loaded on use, like Astro in buildSite.ts: nothing native starts in a build that stops early.
    const pagefind = await import('pagefind');
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Search index could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: folder });
      if (added.errors.length > 0) throw new Error(`Search records not indexed: ${added.errors.join('; ')}`);
      if (added.page_count !== records) throw new Error(`Search index holds ${added.page_count} records of ${records}: a record file was not read.`);
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Search index not written: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    return records;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One file per record, numbered in the records' order, a thousand per folder; returns the count. */
function writeRecordFiles(reportDir: string, base: string, langs: readonly Lang[], folder: string): number {
  let count = 0;
  for (const dataset of listDatasets(reportDir)) {
    for (const record of searchRecords(reportDir, dataset, base, langs)) {
      const sub = join(folder, String(Math.floor(count / FILES_PER_FOLDER)).padStart(4, '0'));
      if (count % FILES_PER_FOLDER === 0) mkdirSync(sub);
      writeFileSync(join(sub, `${String(count).padStart(7, '0')}.html`), recordHtml(record));
      count += 1;
    }
  }
  return count;
}
