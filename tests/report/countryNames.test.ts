import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/report/countryNames.ts';

describe('countryName', () => {
  it('keeps the export spelling on English pages and names the country in French on French pages', () => {
    expect(countryName('en', 'EIRE')).toBe('EIRE');
    expect(countryName('en', 'United Kingdom')).toBe('United Kingdom');
    expect(['United Kingdom', 'EIRE', 'Germany', 'USA', 'RSA', 'Czech Republic', 'Korea'].map((c) => countryName('fr', c)))
      .toEqual(['Royaume-Uni', 'Irlande', 'Allemagne', 'États-Unis', 'Afrique du Sud', 'Tchéquie', 'Corée du Sud']);
  });
  it('words the places that are not one country, and leaves an unknown name as the data has it', () => {
    expect(countryName('fr', 'Unspecified')).toBe('Non précisé');
    expect(countryName('fr', 'Channel Islands')).toBe('Îles Anglo-Normandes');
    expect(countryName('fr', 'Atlantis')).toBe('Atlantis');
  });
});
