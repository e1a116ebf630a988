// Country names as the shop's exports spell them → how the map draws them. Most become a
// shape of world-atlas countries-110m (by `properties.name`); places too small for that
// atlas become a dot; the rest are not places on a map and must be listed beside it.

/** Export name → `properties.name` in world-atlas/countries-110m.json; `null`: not a place on the map. */
export const countryNames: Readonly<Record<string, string | null>> = {
  'United Kingdom': 'United Kingdom',
  EIRE: 'Ireland',
  RSA: 'South Africa',
  USA: 'United States of America',
  'Czech Republic': 'Czechia',
  Korea: 'South Korea',
  Nigeria: 'Nigeria',
  Lebanon: 'Lebanon',
  Thailand: 'Thailand',
  Brazil: 'Brazil',
  Israel: 'Israel',
  'Saudi Arabia': 'Saudi Arabia',
  'United Arab Emirates': 'United Arab Emirates',
  Iceland: 'Iceland',
  Cyprus: 'Cyprus',
  Greece: 'Greece',
  Lithuania: 'Lithuania',
  Poland: 'Poland',
  Austria: 'Austria',
  Finland: 'Finland',
  Sweden: 'Sweden',
  Denmark: 'Denmark',
  Norway: 'Norway',
  Italy: 'Italy',
  Spain: 'Spain',
  Portugal: 'Portugal',
  France: 'France',
  Germany: 'Germany',
  Netherlands: 'Netherlands',
  Belgium: 'Belgium',
  Switzerland: 'Switzerland',
  Japan: 'Japan',
  Canada: 'Canada',
  Australia: 'Australia',
  // Not in the atlas at this scale, and not one country: listed as "not on the map".
  'Channel Islands': null,
  'European Community': null,
  'West Indies': null,
  Unspecified: null,
};

/** Places in the exports too small for the 110m atlas, drawn as a dot at [longitude, latitude]. */
export const countryPoints: Readonly<Record<string, readonly [number, number]>> = {
  'Hong Kong': [114.17, 22.32],
  Bermuda: [-64.75, 32.31],
  Bahrain: [50.56, 26.07],
  Malta: [14.45, 35.9],
  Singapore: [103.82, 1.35],
};

export type CountryPlace = { kind: 'shape'; name: string } | { kind: 'dot'; name: string; lon: number; lat: number };

/**
 * Where a country of the exports goes on the map, or null when it is not on it. A name
 * missing from the tables is tried as an atlas name as is (`Mexico`), so new countries show.
 */
export function placeCountry(country: string, atlasNames: ReadonlySet<string>): CountryPlace | null {
  const name = country.trim();
  const point = Object.hasOwn(countryPoints, name) ? countryPoints[name] : undefined;
  if (point) return { kind: 'dot', name, lon: point[0], lat: point[1] };
  const atlas = Object.hasOwn(countryNames, name) ? countryNames[name] : name;
  return atlas && atlasNames.has(atlas) ? { kind: 'shape', name: atlas } : null;
}
