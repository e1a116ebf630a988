import { describe, expect, it } from 'vitest';
import { stateLabel, stateName } from '../../src/report/brazilianStates.ts';
import { daysLateBins, latestPurchaseDate } from '../../src/report/customerExperience.ts';
import { descriptionNamesId, shortId } from '../../src/report/shortId.ts';

describe('daysLateBins', () => {
  it('counts orders per band of days late, keeping empty bands', () => {
    const rows = [3, 6.9, 7, 13.9, 28, 49].map((days_late) => ({ days_late }));
    expect(daysLateBins('en', rows)).toEqual([
      { label: '3 to 7 days', value: 2 },
      { label: '7 to 14 days', value: 2 },
      { label: '14 to 21 days', value: 0 },
      { label: '21 to 28 days', value: 0 },
      { label: '28 days or more', value: 2 },
    ]);
    expect(daysLateBins('fr', rows).map((bin) => bin.label)).toEqual(['3 à 7 jours', '7 à 14 jours', '14 à 21 jours', '21 à 28 jours', '28 jours ou plus']);
  });
});

describe('latestPurchaseDate', () => {
  it('takes the last date over the sources that have one', () => {
    expect(latestPurchaseDate([{ last_invoice_date: '2018-09-03' }, { last_invoice_date: null }, { last_invoice_date: '2018-10-17' }])).toBe('2018-10-17');
    expect(latestPurchaseDate([{ last_invoice_date: null }])).toBeNull();
  });
});

describe('ids and states', () => {
  it('shortens 32-digit ids only', () => {
    expect(shortId('4869f7a5dfa277a7dca6462dcf3b52b2')).toBe('4869f7a5…');
    expect(shortId('12346')).toBe('12346');
  });
  it('knows when an Olist description already names the id', () => {
    expect(descriptionNamesId('bb50f2e236e5eea0100680137654686c', 'health_beauty · bb50f2e2')).toBe(true);
    expect(descriptionNamesId('85123A', 'WHITE HANGING HEART T-LIGHT HOLDER')).toBe(false);
  });
  it('names Brazilian states and leaves unknown codes alone', () => {
    expect(stateName('SP')).toBe('São Paulo');
    expect(stateLabel('RJ')).toBe('Rio de Janeiro (RJ)');
    expect(stateLabel('XX')).toBe('XX');
  });
});
