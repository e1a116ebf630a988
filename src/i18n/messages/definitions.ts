// The French of every metric definition and grain, one map from the English the report files carry
// to French: sentences (a definition is translated sentence by sentence, see src/report/definitions.ts)
// and whole grains, split by area. Registered as a catalogue so the i18n tests read it too.
import { namedCatalogue } from '../catalogue.ts';
import { definitionsBaskets } from './definitionsBaskets.ts';
import { definitionsCalendar } from './definitionsCalendar.ts';
import { definitionsCustomers } from './definitionsCustomers.ts';
import { definitionsMethods } from './definitionsMethods.ts';
import { definitionsOther } from './definitionsOther.ts';
import { definitionsRecommendations } from './definitionsRecommendations.ts';
import { definitionsSales } from './definitionsSales.ts';
import { definitionsSegments } from './definitionsSegments.ts';
import { definitionsStock } from './definitionsStock.ts';
import { qualityDefinitions } from './qualityDefinitions.ts';

const AREAS = {
  definitionsSales, definitionsCustomers, definitionsCalendar, definitionsStock, definitionsBaskets,
  definitionsRecommendations, definitionsMethods, definitionsSegments, definitionsOther,
  // The Data quality page's own definition and grain (quality.json is not a metric file): owned by the quality page.
  qualityDefinitions,
};

function merged(): Record<string, string> {
  const out: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const [area, entries] of Object.entries(AREAS)) {
    for (const [english, french] of Object.entries(entries)) {
      if (english in out && out[english] !== french) {
        throw new Error(`"${english.slice(0, 80)}…" has two different French translations (${from[english]}.ts and ${area}.ts): keep one in src/i18n/messages/.`);
      }
      out[english] = french;
      from[english] = area;
    }
  }
  return out;
}

/** English sentence or grain → French. */
export const DEFINITIONS_FR: Readonly<Record<string, string>> = merged();

export const definitionsText = namedCatalogue('definitions', {
  en: Object.fromEntries(Object.keys(DEFINITIONS_FR).map((english) => [english, english])) as Record<string, string>,
  fr: DEFINITIONS_FR as Record<string, string>,
});
