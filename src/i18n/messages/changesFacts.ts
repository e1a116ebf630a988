// The lines of the diff between two reports (pipeline/diff/), one message per kind of fact. The
// figures come in already written in the language (pipeline/diff/format.ts: `change` is
// "old → new (+delta, +x %)"); `npm run diff` prints the English, since_previous.json carries both.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

/** `npm run diff`'s headline figures, by the subject the facts are filed under. */
type Figures = Record<string, string>;

const figuresEn: Figures = {
  'raw rows': 'raw rows', 'kept rows': 'kept rows', invoices: 'invoices', orders: 'orders', customers: 'customers', products: 'products',
  countries: 'countries', states: 'states', 'gross revenue': 'gross revenue', returns: 'returns', 'net revenue': 'net revenue',
  'lines without customer': 'lines without customer', 'revenue without customer': 'revenue without customer', 'first day': 'first day', 'last day': 'last day',
  'products with a forecast': 'products with a forecast', 'Σ forecast (units, every product and week ahead)': 'Σ forecast (units, every product and week ahead)',
  'product-weeks forecast': 'product-weeks forecast', 'first week forecast': 'first week forecast',
};
const figuresFr: Figures = {
  'raw rows': 'lignes brutes', 'kept rows': 'lignes conservées', invoices: 'factures', orders: 'commandes', customers: 'clients', products: 'produits',
  countries: 'pays', states: 'États', 'gross revenue': 'chiffre d’affaires brut', returns: 'retours', 'net revenue': 'chiffre d’affaires net',
  'lines without customer': 'lignes sans client', 'revenue without customer': 'chiffre d’affaires sans client', 'first day': 'premier jour', 'last day': 'dernier jour',
  'products with a forecast': 'produits avec une prévision', 'Σ forecast (units, every product and week ahead)': 'Σ prévision (unités, tous produits et toutes semaines à venir)',
  'product-weeks forecast': 'semaines-produits prévues', 'first week forecast': 'première semaine prévue',
};

export interface RowCounts {
  file: string;
  added: number;
  removed: number;
  changed: number;
  /** The changed columns, already listed. */
  columns: string;
  unchanged: string;
}

const q = '\u00a0:';

export const changesFactsText = namedCatalogue('changesFacts', {
  en: {
    figures: figuresEn,
    figure: (label: string, change: string) => `${label}: ${change}`,
    days: (days: number) => en.n(days, 'day', 'days'),
    datasetOnlyIn: (name: string, side: 'old' | 'new', files: number) => `dataset ${name}: only in the ${side} report (${en.n(files, 'file', 'files')}), not compared`,
    fileOnlyIn: (file: string, side: 'old' | 'new') => `${file}: only in the ${side} report`,
    sameValues: (file: string) => `${file}: same values, other bytes (layout or key order)`,
    fileChanged: (file: string, registered: boolean, fields: string | null) => `${file}${registered ? '' : ' (not in the registry)'}: ${fields ? `changed fields ${fields}` : 'changed'}`,
    rowsChanged: ({ file, added, removed, changed, columns, unchanged }: RowCounts) =>
      `${file}: ${[added ? `${en.n(added, 'row', 'rows')} added` : '', removed ? `${en.n(removed, 'row', 'rows')} removed` : '', changed ? `${en.n(changed, 'row', 'rows')} changed (${columns})` : '']
        .filter(Boolean).join(', ')}; ${unchanged} unchanged`,
    otherOrder: (file: string) => `${file}: the same rows in another order`,
    definitionChanged: (file: string) => `${file}: definition changed (the SQL header: the metric means something else now)`,
    headerChanged: (file: string, field: string, change: string) => `${file}: ${field} changed (${change})`,
    paramChanged: (file: string, name: string, change: string) => `${file}: param ${name} ${change}`,
    moreColumns: (shown: string, more: number) => `${shown} and ${more} more`,
    dropAdded: (drop: string, rows: number, from: string, to: string) => `drop ${drop}: added (${en.n(rows, 'row', 'rows')}, ${from} … ${to})`,
    dropRemoved: (drop: string, rows: number, from: string, to: string) => `drop ${drop}: removed (${en.n(rows, 'row', 'rows')}, ${from} … ${to})`,
    dropChanged: (drop: string, oldSha: string, newSha: string, rows: string) => `drop ${drop}: other bytes (sha256 ${oldSha}… → ${newSha}…), rows ${rows}`,
    noDate: '?',
    kind: { kept: 'kept', excluded: 'excluded' } as Record<string, string>,
    rowsExcluded: (change: string) => `rows excluded: ${change}`,
    bucketAdded: (rule: string, kind: string, rows: number) => `${rule} (${kind}): new bucket, ${en.n(rows, 'row', 'rows')}`,
    bucketGone: (rule: string, kind: string, rows: number) => `${rule} (${kind}): bucket gone (had ${en.n(rows, 'row', 'rows')})`,
    bucketChanged: (rule: string, kind: string, rows: string, revenue: string | null) => `${rule} (${kind}): rows ${rows}${revenue ? `; revenue ${revenue}` : ''}`,
    entered: (rank: number, label: string) => `entered at #${rank}: ${label}`,
    moved: (from: number, to: number, label: string) =>
      `${from > to ? 'up' : 'down'} ${en.n(Math.abs(from - to), 'place', 'places')}, #${from} → #${to}: ${label}`,
    left: (rank: number, label: string) => `left (was #${rank}): ${label}`,
    none: 'none',
    noCountry: 'no country',
    customer: (id: string, country: string) => `${id} (${country})`,
    netAppeared: (label: string, net: string) => `${label}: net ${net}`,
    netDisappeared: (label: string, net: string) => `${label}: had net ${net}`,
    netChanged: (label: string, change: string) => `${label}: net ${change}`,
    segmentName: (name: string) => `“${name}”`,
    segmentAdded: (name: string, customers: number, share: string) => `${name}: new segment, ${en.n(customers, 'customer', 'customers')} (share ${share})`,
    segmentRemoved: (name: string, customers: number, share: string) => `${name}: no longer a segment (had ${en.n(customers, 'customer', 'customers')}, share ${share})`,
    segmentChanged: (name: string, change: string, share: string) => `${name}: ${change}, share ${share}`,
    sumOf: (column: string) => `Σ ${column}`,
    productsWith: (column: string, value: string) => `products with ${column} ${value}`,
    forecastMoved: (label: string, change: string) => `${label}: expected_8_weeks ${change}`,
    points: 'points',
  },
  fr: {
    figures: figuresFr,
    figure: (label: string, change: string) => `${label}${q} ${change}`,
    days: (days: number) => fr.n(days, 'jour', 'jours'),
    datasetOnlyIn: (name: string, side: 'old' | 'new', files: number) =>
      `jeu de données ${name}${q} seulement dans le ${side === 'old' ? 'précédent' : 'nouveau'} rapport (${fr.n(files, 'fichier', 'fichiers')}), non comparé`,
    fileOnlyIn: (file: string, side: 'old' | 'new') => `${file}${q} seulement dans le ${side === 'old' ? 'précédent' : 'nouveau'} rapport`,
    sameValues: (file: string) => `${file}${q} mêmes valeurs, autres octets (mise en page ou ordre des clés)`,
    fileChanged: (file: string, registered: boolean, fields: string | null) =>
      `${file}${registered ? '' : ' (absent du registre)'}${q} ${fields ? `champs modifiés ${fields}` : 'modifié'}`,
    rowsChanged: ({ file, added, removed, changed, columns, unchanged }: RowCounts) =>
      `${file}${q} ${[added ? `${fr.n(added, 'ligne ajoutée', 'lignes ajoutées')}` : '', removed ? `${fr.n(removed, 'ligne supprimée', 'lignes supprimées')}` : '', changed ? `${fr.n(changed, 'ligne modifiée', 'lignes modifiées')} (${columns})` : '']
        .filter(Boolean).join(', ')}\u00a0; ${unchanged} inchangées`,
    otherOrder: (file: string) => `${file}${q} les mêmes lignes dans un autre ordre`,
    definitionChanged: (file: string) => `${file}${q} définition modifiée (l’en-tête SQL\u00a0: l’indicateur signifie désormais autre chose)`,
    headerChanged: (file: string, field: string, change: string) => `${file}${q} ${field} modifié (${change})`,
    paramChanged: (file: string, name: string, change: string) => `${file}${q} paramètre ${name} ${change}`,
    moreColumns: (shown: string, more: number) => `${shown} et ${more} autres`,
    dropAdded: (drop: string, rows: number, from: string, to: string) => `dépôt ${drop}${q} ajouté (${fr.n(rows, 'ligne', 'lignes')}, ${from} … ${to})`,
    dropRemoved: (drop: string, rows: number, from: string, to: string) => `dépôt ${drop}${q} retiré (${fr.n(rows, 'ligne', 'lignes')}, ${from} … ${to})`,
    dropChanged: (drop: string, oldSha: string, newSha: string, rows: string) => `dépôt ${drop}${q} autres octets (sha256 ${oldSha}… → ${newSha}…), lignes ${rows}`,
    noDate: '?',
    kind: { kept: 'conservée', excluded: 'exclue' } as Record<string, string>,
    rowsExcluded: (change: string) => `lignes exclues${q} ${change}`,
    bucketAdded: (rule: string, kind: string, rows: number) => `${rule} (${kind})${q} nouveau groupe, ${fr.n(rows, 'ligne', 'lignes')}`,
    bucketGone: (rule: string, kind: string, rows: number) => `${rule} (${kind})${q} groupe disparu (il comptait ${fr.n(rows, 'ligne', 'lignes')})`,
    bucketChanged: (rule: string, kind: string, rows: string, revenue: string | null) =>
      `${rule} (${kind})${q} lignes ${rows}${revenue ? `\u00a0; chiffre d’affaires ${revenue}` : ''}`,
    entered: (rank: number, label: string) => `entre au rang ${rank}${q} ${label}`,
    moved: (from: number, to: number, label: string) =>
      `${from > to ? 'gagne' : 'perd'} ${fr.n(Math.abs(from - to), 'place', 'places')}, rang ${from} → ${to}${q} ${label}`,
    left: (rank: number, label: string) => `sort de la liste (était au rang ${rank})${q} ${label}`,
    none: 'aucun',
    noCountry: 'pays inconnu',
    customer: (id: string, country: string) => `${id} (${country})`,
    netAppeared: (label: string, net: string) => `${label}${q} net ${net}`,
    netDisappeared: (label: string, net: string) => `${label}${q} avait un net de ${net}`,
    netChanged: (label: string, change: string) => `${label}${q} net ${change}`,
    segmentName: (name: string) => fr.quote(name),
    segmentAdded: (name: string, customers: number, share: string) => `${name}${q} nouveau segment, ${fr.n(customers, 'client', 'clients')} (part ${share})`,
    segmentRemoved: (name: string, customers: number, share: string) => `${name}${q} n’est plus un segment (il comptait ${fr.n(customers, 'client', 'clients')}, part ${share})`,
    segmentChanged: (name: string, change: string, share: string) => `${name}${q} ${change}, part ${share}`,
    sumOf: (column: string) => `Σ ${column}`,
    productsWith: (column: string, value: string) => `produits avec ${column} = ${value}`,
    forecastMoved: (label: string, change: string) => `${label}${q} expected_8_weeks ${change}`,
    points: 'points',
  },
});
