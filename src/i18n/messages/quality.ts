// The Data quality page: the row ledger (every raw row kept or excluded by one rule), its checks
// and the kept lines without a customer. The rules' own explanations come from the seeds
// (pipeline/seeds/*ledger_rules.csv, one column per language).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export interface WithoutCustomer {
  rows: number;
  /** Share of the kept rows; null when nothing was kept. */
  share: number | null;
  revenue: number;
  currency: string;
}

export interface UnreadTable {
  table: string;
  rows: number;
}

export const qualityText = namedCatalogue('quality', {
  en: {
    title: 'Data quality',
    lead: 'Nothing is dropped silently: each row of the raw exports is either used or left out for a stated reason, and the counts add up.',
    balanced: (raw: number, kept: number, excluded: number) =>
      `rows_raw = kept + excluded: ${en.fmt.count(raw)} = ${en.fmt.count(kept)} + ${en.fmt.count(excluded)}`,
    unbalanced: (raw: number, kept: number, excluded: number, gap: number) =>
      `rows_raw ≠ kept + excluded: ${en.fmt.count(raw)} ≠ ${en.fmt.count(kept)} + ${en.fmt.count(excluded)} ` +
      `(${en.n(Math.abs(gap), 'row', 'rows')} ${gap > 0 ? 'unaccounted for' : 'counted twice'})`,
    keptMismatch: (sum: number, total: number) => `Kept buckets add up to ${en.n(sum, 'row', 'rows')}, not ${en.fmt.count(total)}.`,
    excludedMismatch: (sum: number, total: number) => `Excluded buckets add up to ${en.n(sum, 'row', 'rows')}, not ${en.fmt.count(total)}.`,
    noRows: 'The sources hold no rows.',
    keptShare: (share: number, raw: number) => `${en.fmt.percent(share)} of the ${en.fmt.count(raw)} raw rows are kept`,
    keptShareRead: (share: number, read: number, unread: UnreadTable[]) =>
      `${en.fmt.percent(share)} of the ${en.fmt.count(read)} rows of the tables the report reads are kept ` +
      `(${unread.map((t) => `${t.table}, ${en.n(t.rows, 'row', 'rows')}, is not read`).join('; ')})`,
    nothingExcluded: (kept: string) => `${kept}; nothing was excluded.`,
    largestExclusion: (kept: string, rule: string, rows: number) => `${kept}; the largest exclusion is “${rule}” (${en.n(rows, 'row', 'rows')}).`,
    ledgerGrain: 'one row per ledger bucket: one rule that keeps or excludes rows',
    /** The ledger's definition on the page starts with this sentence, then the kind's `ledgerRevenue`. */
    ledgerSentence:
      'Every row of every source file is checked against the rules in order and lands in exactly one bucket: ' +
      'kept (used in the report) or excluded (left out, with the reason).',
    whereHeading: 'Where the rows went',
    chartTitle: 'Rows kept and excluded, by rule',
    withoutHeading: 'Sales lines without a customer',
    withoutNone: 'None: every kept sales line has a customer, so customer totals match the overall totals.',
    withoutLine: ({ rows, share, revenue, currency }: WithoutCustomer) =>
      `${en.fmt.count(rows)} kept lines${share === null ? '' : ` (${en.fmt.percent(share)} of kept rows)`}, worth ${en.fmt.money(revenue, currency)}, have no customer number.`,
    withoutPractice:
      'In practice: revenue, product and country figures include these lines; customer rankings, customer counts and the private/shop split do not, so customer totals are smaller than the overall totals.',
    noCustomerDescription:
      'Kept lines with no customer id. They count in product, country and monthly figures, but not in customer figures, segments or recommendations.',
  },
  fr: {
    title: 'Qualité des données',
    lead: 'Rien n’est écarté en silence\u00a0: chaque ligne des exports bruts est soit utilisée, soit écartée pour une raison indiquée, et les comptes tombent juste.',
    balanced: (raw: number, kept: number, excluded: number) =>
      `lignes brutes = conservées + exclues\u00a0: ${fr.fmt.count(raw)} = ${fr.fmt.count(kept)} + ${fr.fmt.count(excluded)}`,
    unbalanced: (raw: number, kept: number, excluded: number, gap: number) =>
      `lignes brutes ≠ conservées + exclues\u00a0: ${fr.fmt.count(raw)} ≠ ${fr.fmt.count(kept)} + ${fr.fmt.count(excluded)} ` +
      `(${fr.n(Math.abs(gap), 'ligne', 'lignes')} ${gap > 0 ? fr.word(Math.abs(gap), 'non comptée', 'non comptées') : fr.word(Math.abs(gap), 'comptée deux fois', 'comptées deux fois')})`,
    keptMismatch: (sum: number, total: number) => `Les groupes conservés totalisent ${fr.n(sum, 'ligne', 'lignes')}, et non ${fr.fmt.count(total)}.`,
    excludedMismatch: (sum: number, total: number) => `Les groupes exclus totalisent ${fr.n(sum, 'ligne', 'lignes')}, et non ${fr.fmt.count(total)}.`,
    noRows: 'Les sources ne contiennent aucune ligne.',
    keptShare: (share: number, raw: number) => (raw === 1 ? `${fr.fmt.percent(share)} de l’unique ligne brute est conservée` : `${fr.fmt.percent(share)} des ${fr.n(raw, 'ligne brute', 'lignes brutes')} sont conservées`),
    keptShareRead: (share: number, read: number, unread: UnreadTable[]) =>
      `${fr.fmt.percent(share)} des ${fr.n(read, 'ligne', 'lignes')} des tables que lit le rapport ${fr.word(read, 'est conservée', 'sont conservées')} ` +
      `(${unread.map((t) => `la table ${t.table}, de ${fr.n(t.rows, 'ligne', 'lignes')}, n’est pas lue`).join('\u00a0; ')})`,
    nothingExcluded: (kept: string) => `${kept}\u00a0; rien n’a été exclu.`,
    largestExclusion: (kept: string, rule: string, rows: number) => `${kept}\u00a0; la principale exclusion est ${fr.quote(rule)} (${fr.n(rows, 'ligne', 'lignes')}).`,
    ledgerGrain: 'une ligne par groupe du registre\u00a0: une règle qui conserve ou exclut des lignes',
    ledgerSentence:
      'Chaque ligne de chaque fichier source est confrontée aux règles dans l’ordre et tombe dans un seul groupe\u00a0: ' +
      'conservée (utilisée dans le rapport) ou exclue (écartée, avec la raison).',
    whereHeading: 'Où sont passées les lignes',
    chartTitle: 'Lignes conservées et exclues, par règle',
    withoutHeading: 'Lignes de vente sans client',
    withoutNone: 'Aucune\u00a0: chaque ligne de vente conservée a un client, donc les totaux par client égalent les totaux généraux.',
    withoutLine: ({ rows, share, revenue, currency }: WithoutCustomer) =>
      `${fr.n(rows, 'ligne conservée', 'lignes conservées')}${share === null ? '' : ` (${fr.fmt.percent(share)} des lignes conservées)`}, ` +
      `pour ${fr.fmt.money(revenue, currency)}, ${fr.word(rows, 'n’a', 'n’ont')} pas de numéro de client.`,
    withoutPractice:
      'En pratique\u00a0: le chiffre d’affaires et les chiffres par produit et par pays incluent ces lignes\u00a0; les classements de clients, le nombre de clients et la répartition particuliers/boutiques non, donc les totaux par client sont inférieurs aux totaux généraux.',
    noCustomerDescription:
      'Lignes conservées sans identifiant client. Elles comptent dans les chiffres par produit, par pays et par mois, mais pas dans les chiffres par client, les segments ni les recommandations.',
  },
});
