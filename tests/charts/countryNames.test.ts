import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/charts/atlas.ts';
import { countryNames, countryPoints, placeCountry } from '../../src/charts/countryNames.ts';

const { names } = loadAtlas();

// Every country the UCI Online Retail exports use.
const UCI_COUNTRIES = [
  'Australia', 'Austria', 'Bahrain', 'Belgium', 'Bermuda', 'Brazil', 'Canada', 'Channel Islands', 'Cyprus',
  'Czech Republic', 'Denmark', 'EIRE', 'European Community', 'Finland', 'France', 'Germany', 'Greece',
  'Hong Kong', 'Iceland', 'Israel', 'Italy', 'Japan', 'Korea', 'Lebanon', 'Lithuania', 'Malta', 'Netherlands',
  'Nigeria', 'Norway', 'Poland', 'Portugal', 'RSA', 'Saudi Arabia', 'Singapore', 'Spain', 'Sweden',
  'Switzerland', 'Thailand', 'USA', 'United Arab Emirates', 'United Kingdom', 'Unspecified', 'West Indies',
];

describe('countryNames', () => {
  it('maps only to names that exist in the atlas', () => {
    for (const [uci, atlas] of Object.entries(countryNames)) {
      if (atlas !== null) expect(names.has(atlas), `${uci} → ${atlas}`).toBe(true);
    }
  });

  it('covers every UCI country, as a shape, a dot or a known non-place', () => {
    for (const country of UCI_COUNTRIES) {
      expect(Object.hasOwn(countryNames, country) || Object.hasOwn(countryPoints, country), country).toBe(true);
    }
  });

  it('draws places missing from the atlas as dots', () => {
    for (const country of Object.keys(countryPoints)) expect(names.has(country), country).toBe(false);
    expect(placeCountry('Malta', names)).toEqual({ kind: 'dot', name: 'Malta', lon: 14.45, lat: 35.9 });
  });

  it('places renamed countries, and atlas names as they are', () => {
    expect(placeCountry('EIRE', names)).toEqual({ kind: 'shape', name: 'Ireland' });
    expect(placeCountry('RSA', names)).toEqual({ kind: 'shape', name: 'South Africa' });
    expect(placeCountry('Korea', names)).toEqual({ kind: 'shape', name: 'South Korea' });
    expect(placeCountry('Czech Republic', names)).toEqual({ kind: 'shape', name: 'Czechia' });
    expect(placeCountry('Mexico', names)).toEqual({ kind: 'shape', name: 'Mexico' });
  });

  it('does not place non-places or unknown names', () => {
    for (const country of ['Channel Islands', 'European Community', 'West Indies', 'Unspecified', 'Atlantis', 'toString']) {
      expect(placeCountry(country, names), country).toBeNull();
    }
  });
});
