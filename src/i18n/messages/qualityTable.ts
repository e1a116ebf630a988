// The ledger table of the Data quality page (LedgerTable, LedgerExamples): headers, the group
// row of a source table, and the example source rows.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const qualityTableText = namedCatalogue('qualityTable', {
  en: {
    rule: 'Rule',
    keptOrExcluded: 'Kept or excluded',
    rows: 'Rows',
    revenue: 'Revenue',
    meaning: 'What it means',
    kept: 'Kept',
    excluded: 'Excluded',
    tableRows: (rows: number) => `: ${en.n(rows, 'row', 'rows')}`,
    tableSplit: (kept: number, excluded: number) => `${en.fmt.count(kept)} kept, ${en.fmt.count(excluded)} excluded`,
    tableWord: 'Table',
    examples: (count: number) => en.n(count, 'example row', 'example rows'),
    drop: 'Drop',
    line: 'Line',
    fields: ['Invoice', 'Stock code', 'Description', 'Qty', 'Date', 'Price', 'Customer', 'Country'],
    empty: '(empty)',
  },
  fr: {
    rule: 'Règle',
    keptOrExcluded: 'Conservée ou exclue',
    rows: 'Lignes',
    revenue: 'Chiffre d’affaires',
    meaning: 'Ce que cela signifie',
    kept: 'Conservée',
    excluded: 'Exclue',
    tableRows: (rows: number) => `\u00a0: ${fr.n(rows, 'ligne', 'lignes')}`,
    tableSplit: (kept: number, excluded: number) =>
      `${fr.n(kept, 'conservée', 'conservées')}, ${fr.n(excluded, 'exclue', 'exclues')}`,
    tableWord: 'Table',
    examples: (count: number) => fr.n(count, 'ligne d’exemple', 'lignes d’exemple'),
    drop: 'Dépôt',
    line: 'Ligne',
    fields: ['Facture', 'Code article', 'Description', 'Qté', 'Date', 'Prix', 'Client', 'Pays'],
    empty: '(vide)',
  },
});
