import { describe, expect, it } from 'vitest';
import { assumptionList, codeSegments } from '../../src/report/assumptions.ts';

describe('assumptionList', () => {
  it('splits at semicolons and sentence ends, never inside brackets', () => {
    const definition = 'Assumptions: "now" = the latest purchase (the export is a snapshot; no clock); recent = less than 3 months. ' +
      'days_late = (delivered − estimated) in days.';
    expect(assumptionList(definition)).toEqual([
      '"now" = the latest purchase (the export is a snapshot; no clock).',
      'Recent = less than 3 months.',
      'days_late = (delivered − estimated) in days.',
    ]);
  });
  it('keeps decimals and times whole', () => {
    expect(assumptionList('the estimate is a date (00:00); scores 1.5 and up count.')).toEqual(['The estimate is a date (00:00).', 'Scores 1.5 and up count.']);
  });
});

describe('codeSegments', () => {
  it('marks snake_case column names as code', () => {
    expect(codeSegments("canceled = order_status 'canceled'")).toEqual([
      { text: 'canceled = ', code: false },
      { text: 'order_status', code: true },
      { text: " 'canceled'", code: false },
    ]);
    expect(codeSegments('no names here')).toEqual([{ text: 'no names here', code: false }]);
  });
});
