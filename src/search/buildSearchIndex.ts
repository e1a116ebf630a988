// Writes the static search index (Pagefind: a maintained, server-free search library whose
// index is split into small fragments the browser fetches on demand) into <outDir>/pagefind/.
// One index per language (the records say theirs): the search page of /fr/ loads the French one.
import { join } from 'node:path';
import { LANGS, parseLangs, type Lang } from '../i18n/langs.ts';
import { listDatasets } from '../report/loadReport.ts';
import { searchRecords } from './searchRecords.ts';

/** `langs`: the languages the site was built in (default VITRINE_LANGS, as src/report/site.ts's builtLangs). */
export async function buildSearchIndex(
  reportDir: string, outDir: string, base: string,
  langs: readonly Lang[] = parseLangs(process.env.VITRINE_LANGS || LANGS.join(',')),
): Promise<number> {
  // Loaded on use, like Astro in buildSite.ts: nothing native starts in a build that stops early.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index could not start: ${errors.join('; ')}`);
  let records = 0;
  try {
    for (const dataset of listDatasets(reportDir)) {
      for (const record of searchRecords(reportDir, dataset, base, langs)) {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) throw new Error(`Search record ${record.url}: ${added.errors.join('; ')}`);
        records += 1;
      }
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Search index not written: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return records;
}
