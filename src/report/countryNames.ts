// Country names as the shop's exports spell them, in the page's language. English pages keep the
// export's spelling (it is the data); French pages name the country the French way, from the
// platform's CLDR names (Intl.DisplayNames) by ISO 3166 code, so "United Kingdom" reads
// "Royaume-Uni" and "EIRE" "Irlande". Names that are not one country get a French phrase; a
// name this list does not know stays as the export writes it.
import { LOCALE, type Lang } from '../i18n/langs.ts';

const ISO: Readonly<Record<string, string>> = {
  'United Kingdom': 'GB', EIRE: 'IE', Ireland: 'IE', Netherlands: 'NL', Germany: 'DE', France: 'FR', Australia: 'AU',
  Switzerland: 'CH', Spain: 'ES', Sweden: 'SE', Denmark: 'DK', Belgium: 'BE', Portugal: 'PT', Japan: 'JP', Norway: 'NO',
  Italy: 'IT', Finland: 'FI', Cyprus: 'CY', Austria: 'AT', Greece: 'GR', 'Hong Kong': 'HK', Singapore: 'SG', Israel: 'IL',
  Poland: 'PL', 'United Arab Emirates': 'AE', USA: 'US', Iceland: 'IS', Lithuania: 'LT', Malta: 'MT', Canada: 'CA',
  RSA: 'ZA', Thailand: 'TH', Bahrain: 'BH', Lebanon: 'LB', Brazil: 'BR', Bermuda: 'BM', Korea: 'KR',
  'Czech Republic': 'CZ', 'Saudi Arabia': 'SA', Nigeria: 'NG',
};

/** Places of the export that are not one country. */
const FRENCH_PHRASES: Readonly<Record<string, string>> = {
  'Channel Islands': 'Îles Anglo-Normandes',
  'European Community': 'Communauté européenne',
  'West Indies': 'Antilles',
  Unspecified: 'Non précisé',
};

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** countryName('fr', 'United Kingdom') → "Royaume-Uni"; countryName('en', 'EIRE') → "EIRE". */
export function countryName(lang: Lang, exportName: string): string {
  if (lang === 'en') return exportName;
  const phrase = FRENCH_PHRASES[exportName];
  if (phrase) return phrase;
  const code = ISO[exportName];
  if (!code) return exportName;
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([LOCALE[lang]], { type: 'region' })));
  return names.of(code) ?? exportName;
}
