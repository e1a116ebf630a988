// French of the Data quality page's own definition and grain (the ledger: quality.json is not a
// metric file, so the page writes them), keyed by the English as definitionIn() looks it up:
// the ledger sentence, then each kind's ledgerRevenue sentence (pipeline/kinds/<kind>/profile.ts).
// To be merged into DEFINITIONS_FR (src/i18n/messages/definitions.ts, AREAS).
import { KIND_PROFILES } from '../../../pipeline/kinds/profiles.ts';
import { qualityText } from './quality.ts';

export const qualityDefinitions: Readonly<Record<string, string>> = {
  [qualityText.en.ledgerGrain]: qualityText.fr.ledgerGrain,
  [qualityText.en.ledgerSentence]: qualityText.fr.ledgerSentence,
  ...Object.fromEntries(Object.values(KIND_PROFILES).map((profile) => [profile.words.en.ledgerRevenue, profile.words.fr.ledgerRevenue])),
};
