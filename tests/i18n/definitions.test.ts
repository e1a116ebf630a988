// Every metric definition and grain a report file can carry has its French (src/i18n/messages/
// definitions*.ts, read through src/report/definitions.ts), so a French page never shows the
// English of the SQL header. Checked on the reports the pipeline writes now (the sample and the
// Olist fixture) and on every text that can be listed without building: the SQL headers of the
// registry's SQL producers, in the words of each kind they run for, the stock texts, the actions
// definition and every recommendation method's description.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_DEFINITION } from '../../pipeline/analytics/actions/buildActionFiles.ts';
import { STOCK_TEXTS } from '../../pipeline/analytics/forecast/stockTexts.ts';
import { parseSqlHeader } from '../../pipeline/engine/sqlFiles.ts';
import { inKindWords } from '../../pipeline/kinds/kindWords.ts';
import { KIND_PROFILES } from '../../pipeline/kinds/profiles.ts';
import { REPORT_FILES } from '../../src/contracts/registry.ts';
import { DEFINITIONS_FR } from '../../src/i18n/messages/definitions.ts';
import { definitionIn, definitionSentences, grainIn } from '../../src/report/definitions.ts';
import { buildReport, datasetOf, projectRoot, type BuiltReport } from '../helpers/buildReport.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';

interface Text {
  where: string;
  kind: 'definition' | 'grain';
  english: string;
}

/** The definition and grain of every file of a built report. */
function reportTexts(report: BuiltReport, label: string): Text[] {
  const out: Text[] = [];
  for (const file of report.files().filter((f) => f.endsWith('.json'))) {
    const content = report.json(file);
    for (const kind of ['definition', 'grain'] as const) {
      const english = content?.[kind];
      if (typeof english === 'string') out.push({ where: `${label}/${file}`, kind, english });
      // A Localized definition (if a producer ever writes both languages) is checked by its own catalogue.
    }
  }
  return out;
}

/** French of each text, or the error it throws; [] when every text has a French that is not the English. */
function untranslated(texts: readonly Text[]): string[] {
  const problems: string[] = [];
  for (const { where, kind, english } of texts) {
    try {
      const french = kind === 'grain' ? grainIn('fr', english, where) : definitionIn('fr', english, where);
      if (french === english) problems.push(`${where} ${kind}: French is the English`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}

/** Texts written by the registry's SQL producers (header comment), in the words of every kind they run for. */
function sqlHeaderTexts(): Text[] {
  const out: Text[] = [];
  const sqlFiles = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(projectRoot, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (entry.name.endsWith('.sql')) sqlFiles.set(`${dir}/${entry.name}`, readFileSync(join(projectRoot, dir, entry.name), 'utf8'));
    }
  };
  walk('pipeline/sql');
  for (const [name, entry] of Object.entries(REPORT_FILES)) {
    // Only metric tables carry a definition, and only a SQL producer's header becomes it.
    const shape = (entry.schema as { shape?: Record<string, unknown> }).shape;
    const sql = sqlFiles.get(entry.producer);
    if (!shape || !('definition' in shape) || sql === undefined) continue;
    {
      const path = entry.producer;
      const header = parseSqlHeader(sql);
      if (header.title !== name || !header.grain || !header.definition) continue;
      for (const kind of entry.kinds) {
        const glossary = KIND_PROFILES[kind].glossary;
        out.push({ where: `${path} (${kind})`, kind: 'definition', english: inKindWords(header.definition, glossary) });
        out.push({ where: `${path} (${kind})`, kind: 'grain', english: inKindWords(header.grain, glossary) });
      }
    }
  }
  return out;
}

/** The stock files' and the actions' texts, in every kind's words. */
function tsTexts(): Text[] {
  const out: Text[] = [];
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const profile of Object.values(KIND_PROFILES)) {
    const words = (s: string) => inKindWords(flat(s), profile.glossary);
    for (const [file, text] of Object.entries(STOCK_TEXTS)) {
      out.push({ where: `stockTexts.ts ${file} (${profile.kind})`, kind: 'definition', english: words(text.definition) });
      out.push({ where: `stockTexts.ts ${file} (${profile.kind})`, kind: 'grain', english: words(text.grain) });
    }
    out.push({ where: `buildActionFiles.ts (${profile.kind})`, kind: 'definition', english: inKindWords(ACTIONS_DEFINITION.replace(/\s*\n\s*/g, ' '), profile.glossary) });
  }
  return out;
}

describe('French of the metric definitions and grains', () => {
  let sample: BuiltReport;
  let olist: BuiltReport;
  beforeAll(async () => {
    sample = await buildReport(datasetOf('sample', 'data/sample'));
    olist = await buildReport({ ...datasetOf('olist-tiny', olistTinyFolder()), kind: 'olist', currency: 'BRL' });
  }, 300_000);

  it('covers every definition and grain of the sample report', () => {
    const texts = reportTexts(sample, 'sample');
    expect(texts.length).toBeGreaterThan(80);
    expect(untranslated(texts)).toEqual([]);
  });

  it('covers every definition and grain of the Olist fixture report (kind glossary applied)', () => {
    const texts = reportTexts(olist, 'olist-tiny');
    expect(texts.some((t) => t.english.includes('order items'))).toBe(true);
    expect(untranslated(texts)).toEqual([]);
  });

  it('covers every SQL header of the registry, in the words of each kind', () => {
    const texts = sqlHeaderTexts();
    expect(texts.length).toBeGreaterThan(60);
    expect(untranslated(texts)).toEqual([]);
  });

  it('covers the stock texts and the actions definition', () => {
    expect(untranslated(tsTexts())).toEqual([]);
  });

  it('has no catalogue entry whose French is the English', () => {
    const same = Object.entries(DEFINITIONS_FR).filter(([en, fr]) => en === fr).map(([en]) => en);
    expect(same).toEqual([]);
  });
});

describe('definitionIn / grainIn', () => {
  const net = 'net = gross sales − returns over the whole period (currency, 2 decimals).';
  const returnRate =
    'return_rate_value = returned value ÷ gross sales over the whole period. The 5-order floor keeps a single returned first order out of the list. Ties: higher returned value first.';

  it('returns the English as written for en', () => {
    expect(definitionIn('en', net)).toBe(net);
    expect(grainIn('en', 'one row per customer type (private, shop)')).toBe('one row per customer type (private, shop)');
    // Even a text with no French: English pages never need the catalogue.
    expect(definitionIn('en', 'A sentence nobody translated.')).toBe('A sentence nobody translated.');
  });

  it('translates a one-sentence definition and a grain, column names and formulas kept', () => {
    expect(definitionIn('fr', net)).toBe('net = ventes brutes − retours sur toute la période (dans la devise, 2 décimales).');
    expect(grainIn('fr', 'one row per customer type (private, shop)')).toBe('une ligne par type de client (particulier, boutique)');
    expect(grainIn('fr', 'one row per product, the 25 products with the highest net revenue')).toBe('une ligne par produit, les 25 produits au plus fort chiffre d’affaires net');
  });

  it('translates a definition sentence by sentence, French typography included', () => {
    expect(definitionSentences(returnRate)).toHaveLength(3);
    expect(definitionIn('fr', returnRate)).toBe(
      'return_rate_value = valeur retournée ÷ ventes brutes sur toute la période. ' +
        'Le plancher de 5 commandes évite qu’une seule première commande retournée entre dans la liste. ' +
        'À égalité\u00a0: la plus forte valeur retournée d’abord.',
    );
    const calendar = definitionIn('fr', 'gap_start and gap_end are the first and last day without a sale; days = their number.');
    expect(calendar).toBe('gap_start et gap_end sont le premier et le dernier jour sans vente\u00a0; days = leur nombre.');
  });

  it('translates the Olist wording of a definition (after the kind glossary)', () => {
    expect(definitionIn('fr', 'orders = distinct orders over the whole period; ties: higher net revenue first.')).toBe(
      'orders = commandes distinctes sur toute la période\u00a0; à égalité\u00a0: le plus fort chiffre d’affaires net d’abord.',
    );
    expect(grainIn('fr', 'one row per state, ranked by net revenue')).toBe('une ligne par État, classées par chiffre d’affaires net');
  });

  it('translates the method the recommendations were made with, whatever setting was chosen', () => {
    const english =
      'The new-products method chosen on validation (recommendation_evaluation): Trending. The 10 products bought by the most customers in the last 56 days of training that the customer has not bought before. Fitted on every basket up to the last date.';
    const french = definitionIn('fr', english);
    expect(french).toContain('Tendances');
    expect(french).toContain('56 derniers jours');
    expect(french.endsWith('Ajustée sur tous les paniers jusqu’à la dernière date.')).toBe(true);
  });

  it('throws, saying what is missing and where to add it, when a sentence has no French', () => {
    const english = `${net} A new sentence nobody translated yet.`;
    expect(() => definitionIn('fr', english, 'sample/new_metric.json')).toThrow(/sample\/new_metric\.json/);
    expect(() => definitionIn('fr', english)).toThrow(/missing sentence: "A new sentence nobody translated yet\."/);
    expect(() => definitionIn('fr', english)).toThrow(/no French for this definition/);
    expect(() => grainIn('fr', 'one row per nothing yet')).toThrow(/src\/i18n\/messages\/definitions\*\.ts/);
  });
});
