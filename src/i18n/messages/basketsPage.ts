// The baskets page (src/pages/[lang]/[dataset]/baskets.astro): headings, key figures, table
// columns and notes. The sentences computed from the rules are in baskets.ts.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const basketsPageText = namedCatalogue('basketsPage', {
  en: {
    missing: 'Not computed for this dataset: the pipeline that built the report did not write the basket files.',
    lead: (invoice: string) =>
      `Which products end up in the same basket. A basket is one sale ${invoice}: product lines only, returns left out, each product counted once however many lines it takes.`,
    columns: {
      ifBasket: 'If the basket has', alsoHas: 'it also has', and: 'and', withBoth: 'Baskets with both', baskets: 'Baskets', support: 'Support',
      confidence: 'Confidence', lift: 'Lift', product: 'Product', partner: 'Frequently bought with', shared: 'Shared baskets',
      boughtFirst: 'Bought first', thenLater: 'Then, on a later day', customers: 'Customers', afterCustomers: 'After the split: customers',
      afterConfidence: 'confidence', afterLift: 'lift',
    },
    figures: {
      products: (n: number) => en.n(n, 'product', 'products'),
      withTwo: 'With 2+ products',
      perInvoice: (invoice: string) => `Products per ${invoice}`,
      median: 'median',
      cameBack: 'Customers who came back',
      boughtTwoDays: (n: number) => `${en.fmt.count(n)} bought on 2+ days`,
      baskets: 'Baskets',
      perBasket: 'Products per basket',
      medianMean: (mean: string) => `median (mean ${mean})`,
      minSupport: 'Minimum support',
      basketsCount: (n: number) => en.n(n, 'basket', 'baskets'),
      minConfidence: 'Minimum confidence',
      forRule: 'for a rule X → Y',
      frequentPairs: 'Frequent pairs',
      ofFrequent: (n: number) => `of ${en.n(n, 'frequent product', 'frequent products')}`,
      pairRules: 'Pair rules',
      strongestListed: (n: number) => `the ${en.fmt.count(n)} strongest listed`,
      allListed: 'all listed',
    },
    noRulesHeading: 'Why there are no product rules',
    nextHeading: 'What returning customers buy next',
    sequencesTitle: 'Categories bought on a later day, with a held-out check',
    sequencesNote: (invoices: string, until: string, from: string, to: string) =>
      `Found on the ${invoices} up to ${until} (customers who bought on two or more days); checked on the ${invoices} from ${from} to ${to}: ` +
      'of the customers who bought the first category before, the share who bought the second after, against the share of all customers ' +
      'buying on both sides (lift 1 = no more often than that base rate).',
    measuresHtml:
      '<strong>Support</strong> is the share of all baskets holding the products; <strong>confidence</strong> the share of the baskets ' +
      'with the first product that also hold the second; <strong>lift</strong> how many times more often they meet than if customers ' +
      'picked them independently (1× = chance).',
    togetherHeading: 'Products bought together',
    groupsTitle: 'The strongest product groups',
    matrixTitle: 'Lift of the strongest product pairs',
    matrixValue: 'Lift (× chance)',
    matrixDescription: 'Rows: the product in the basket; columns, numbered as the rows: the product it also holds; colour and number: the lift.',
    matrixNote: 'Rows: the product in the basket; columns (numbered as the rows): the product it also holds. Blank: no rule between the two (below the thresholds, or not among the 500 strongest).',
    inWordsHeading: 'The strongest rules in plain words, no product twice',
    siblings: (confidence: string, minBaskets: number | null) =>
      'The strongest pairs are mostly variants of one product line bought together (colours, flavours, the pieces of a set): a basket that holds ' +
      `one usually holds its siblings. Confidence ≥ ${confidence} and a support of at least${minBaskets === null ? '' : ` ${en.fmt.count(minBaskets)}`} baskets ` +
      'keep one-off coincidences out of the list.',
    pairsTitle: 'Strongest pairs by lift',
    noPair: 'No pair of products is frequent enough for a rule.',
    pairsNote: 'Each pair once, in the direction with the higher confidence; the download has both directions of every rule.',
    triplesHeading: 'Three products',
    triplesTitle: 'Strongest triples by lift',
    triple: (a: string, b: string, c: string, confidence: string, lift: string) =>
      `Baskets with ${a} and ${b} also hold ${c} in ${confidence} of cases, ${lift} more often than chance.`,
    noTriple: 'No three products are frequent enough together for a rule.',
    triplesNote: 'Each triple once, as its most confident rule {A, B} → C; the download has all three rules of every triple.',
    triplesMissing: 'Rules {A, B} → C',
    byPlace: (place: string) => `By ${place}`,
    rulesByPlace: (place: string) => `Rules by ${place}`,
    placeBaskets: (n: number) => `(${en.n(n, 'basket', 'baskets')})`,
    noPlacePair: (place: string) => `No ${place} has a product pair in enough baskets.`,
    boughtWithHeading: 'Frequently bought with',
    boughtWithTitle: 'Frequently bought with the products in the most baskets',
    boughtWithTakeaway: (products: number, minBaskets: number) =>
      `${en.n(products, 'product has', 'products have')} at least one partner in ${en.fmt.count(minBaskets)} or more shared baskets; the list below shows the first three for the products in the most baskets.`,
    everyPartner: 'Every product’s five partners: ',
    asCsv: (stem: string) => `${stem} as CSV`,
    nouns: { rules: 'rules', pairs: 'pairs', triples: 'triples', partners: 'partners' },
  },
  fr: {
    missing: 'Non calculé pour ce jeu de données\u00a0: le pipeline qui a construit le rapport n’a pas écrit les fichiers des paniers.',
    lead: (invoice: string) =>
      `Quels produits se retrouvent dans le même panier. Un panier, c’est une ${invoice}\u00a0: lignes de produits seulement, retours exclus, ` +
      'chaque produit compté une fois, quel que soit son nombre de lignes.',
    columns: {
      ifBasket: 'Si le panier contient', alsoHas: 'il contient aussi', and: 'et', withBoth: 'Paniers avec les deux', baskets: 'Paniers', support: 'Support',
      confidence: 'Confiance', lift: 'Lift', product: 'Produit', partner: 'Souvent acheté avec', shared: 'Paniers communs',
      boughtFirst: 'Acheté d’abord', thenLater: 'Puis, un jour ultérieur', customers: 'Clients', afterCustomers: 'Après la coupure\u00a0: clients',
      afterConfidence: 'confiance', afterLift: 'lift',
    },
    figures: {
      products: (n: number) => fr.n(n, 'produit', 'produits'),
      withTwo: 'Avec 2 produits ou plus',
      perInvoice: (invoice: string) => `Produits par ${invoice}`,
      median: 'médiane',
      cameBack: 'Clients récurrents',
      boughtTwoDays: (n: number) => `${fr.n(n, 'client a', 'clients ont')} acheté à 2 dates ou plus`,
      baskets: 'Paniers',
      perBasket: 'Produits par panier',
      medianMean: (mean: string) => `médiane (moyenne ${mean})`,
      minSupport: 'Support minimal',
      basketsCount: (n: number) => fr.n(n, 'panier', 'paniers'),
      minConfidence: 'Confiance minimale',
      forRule: 'pour une règle X → Y',
      frequentPairs: 'Paires fréquentes',
      ofFrequent: (n: number) => `sur ${fr.n(n, 'produit fréquent', 'produits fréquents')}`,
      pairRules: 'Règles de paires',
      strongestListed: (n: number) => `les ${fr.fmt.count(n)} plus fortes listées`,
      allListed: 'toutes listées',
    },
    noRulesHeading: 'Pourquoi il n’y a pas de règles entre produits',
    nextHeading: 'Ce que les clients récurrents achètent ensuite',
    sequencesTitle: 'Catégories achetées un jour ultérieur, avec une vérification sur une période réservée',
    sequencesNote: (invoices: string, until: string, from: string, to: string) =>
      `Trouvées sur les ${invoices} jusqu’au ${until} (clients ayant acheté à au moins deux dates)\u00a0; vérifiées sur les ${invoices} du ${from} au ${to}\u00a0: ` +
      'parmi les clients qui avaient acheté la première catégorie avant, la part qui a acheté la seconde après, comparée à la part de tous les clients ' +
      'achetant des deux côtés (lift 1 = pas plus souvent que ce taux de base).',
    measuresHtml:
      'Le <strong>support</strong> est la part de tous les paniers qui contiennent les produits\u00a0; la <strong>confiance</strong>, la part des paniers ' +
      'contenant le premier produit qui contiennent aussi le second\u00a0; le <strong>lift</strong>, combien de fois plus souvent ils se retrouvent ensemble ' +
      'que si les clients les choisissaient indépendamment (1× = le hasard).',
    togetherHeading: 'Produits achetés ensemble',
    groupsTitle: 'Les groupes de produits les plus forts',
    matrixTitle: 'Lift des paires de produits les plus fortes',
    matrixValue: 'Lift (× le hasard)',
    matrixDescription: 'Lignes\u00a0: le produit du panier\u00a0; colonnes, numérotées comme les lignes\u00a0: le produit qu’il contient aussi\u00a0; couleur et nombre\u00a0: le lift.',
    matrixNote: 'Lignes\u00a0: le produit du panier\u00a0; colonnes (numérotées comme les lignes)\u00a0: le produit qu’il contient aussi. Case vide\u00a0: pas de règle entre les deux (sous les seuils, ou hors des 500 plus fortes).',
    inWordsHeading: 'Les règles les plus fortes en clair, sans produit répété',
    siblings: (confidence: string, minBaskets: number | null) =>
      'Les paires les plus fortes sont surtout des variantes d’une même gamme achetées ensemble (couleurs, parfums, pièces d’un ensemble)\u00a0: un panier ' +
      `qui en contient une contient en général les autres. Une confiance ≥ ${confidence} et un support d’au moins ` +
      `${minBaskets === null ? '–' : fr.n(minBaskets, 'panier', 'paniers')} écartent les coïncidences isolées.`,
    pairsTitle: 'Paires les plus fortes par lift',
    noPair: 'Aucune paire de produits n’est assez fréquente pour une règle.',
    pairsNote: 'Chaque paire une fois, dans le sens de plus forte confiance\u00a0; le téléchargement contient les deux sens de chaque règle.',
    triplesHeading: 'Trois produits',
    triplesTitle: 'Triplets les plus forts par lift',
    triple: (a: string, b: string, c: string, confidence: string, lift: string) =>
      `Les paniers avec ${a} et ${b} contiennent aussi ${c} dans ${confidence} des cas, ${lift} plus souvent que le hasard.`,
    noTriple: 'Aucun ensemble de trois produits n’est assez fréquent pour une règle.',
    triplesNote: 'Chaque triplet une fois, sous sa règle {A, B} → C de plus forte confiance\u00a0; le téléchargement contient les trois règles de chaque triplet.',
    triplesMissing: 'Règles {A, B} → C',
    byPlace: (place: string) => `Par ${place}`,
    rulesByPlace: (place: string) => `Règles par ${place}`,
    placeBaskets: (n: number) => `(${fr.n(n, 'panier', 'paniers')})`,
    noPlacePair: (place: string) => `Aucun ${place} n’a de paire de produits dans assez de paniers.`,
    boughtWithHeading: 'Souvent achetés ensemble',
    boughtWithTitle: 'Souvent achetés avec les produits présents dans le plus de paniers',
    boughtWithTakeaway: (products: number, minBaskets: number) =>
      `${fr.n(products, 'produit a', 'produits ont')} au moins un partenaire dans ${fr.fmt.count(minBaskets)} paniers communs ou plus\u00a0; la liste ci-dessous ` +
      'montre les trois premiers pour les produits présents dans le plus de paniers.',
    everyPartner: 'Les cinq partenaires de chaque produit\u00a0: ',
    asCsv: (stem: string) => `${stem} en CSV`,
    nouns: { rules: 'règles', pairs: 'paires', triples: 'triplets', partners: 'partenaires' },
  },
});
