import { describe, expect, it } from 'vitest';
import { winBackActions, usualGapDays } from '../../../pipeline/analytics/actions/customerActions.ts';
import { nextEvent, prepareEventActions } from '../../../pipeline/analytics/actions/eventActions.ts';
import { profileOf } from '../../../pipeline/kinds/profiles.ts';
import { customer, frText, inputs } from './inputs.ts';

const valentineLeadDays = profileOf('online_retail').calendar.events.find((e) => e.event === 'valentines_day')!.leadDays;

describe('nextEvent', () => {
  it('is the first event whose lead-up starts after the data’s last day, into the next year when needed', () => {
    // 9 Dec 2011: Christmas's 84-day lead-up began on 2 Oct, too late to prepare; Valentine's starts 3 Jan 2012.
    expect(nextEvent('2011-12-09', profileOf('online_retail').calendar.events)).toMatchObject({ date: '2012-02-14' });
    expect(nextEvent('2011-09-01', profileOf('online_retail').calendar.events)?.rule.event).toBe('halloween');
    expect(nextEvent('2018-09-03', profileOf('olist').calendar.events)).toMatchObject({ date: '2018-10-12' });
  });
});

describe('prepareEventActions', () => {
  // £10 a day in the window before last year's lead-up, £30 a day in the lead-up: the rise is 20 × lead days.
  const daily = (from: string, n: number, net: number) => Array.from({ length: n }, (_, i) => ({ date: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), net }));
  const lead = valentineLeadDays;
  const leadStart = new Date(Date.parse('2011-02-14T00:00:00Z') - lead * 86_400_000).toISOString().slice(0, 10);
  const priorStart = new Date(Date.parse('2011-02-14T00:00:00Z') - 2 * lead * 86_400_000).toISOString().slice(0, 10);
  const calendarDaily = [...daily(priorStart, lead, 10), ...daily(leadStart, lead, 30)];
  const tied = { event: 'valentines_day', label: { en: 'Valentine’s Day', fr: 'Saint-Valentin' }, rank: 1, stock_code: 'T', description: 'HEART', orders_total: 40, orders_before: 30, units_before: 90, share_before: 0.75, flat_share: 0.2, lift_before: 3.75, lift_after: 0.5, occurrences: 2 };
  it('values the preparation at last year’s rise in the lead-up, and names the products that rose', () => {
    const [action] = prepareEventActions(inputs({ calendarDaily, productEvents: [tied] }));
    expect(action).toMatchObject({ id: 'prepare_event:valentines_day:2012-02-14', money: 20 * lead, entity_ids: ['T'], section: 'calendar' });
    expect(action!.why.en).toContain('Valentine’s Day is 67 days after the data ends and its 42-day lead-up starts on 3 Jan 2012');
    expect(action!.why.en).toContain(`sold £${(30 * lead).toLocaleString('en-GB')} against £${(10 * lead).toLocaleString('en-GB')}`);
    expect(action!.why.en).toContain('(+200%)');
    expect(action!.why.en).toContain('against their usual share of invoices: HEART (3.75×).');
    // 42 days × £30 = £1,260 against 42 × £10 = £420: French thousands, decimal comma, « % » and « × » after a space.
    expect(action!.why.fr).toBe(frText('Prochain événement~: Saint-Valentin, 67~jours après la fin des données~; ses 42~jours de préparation commencent le 3 janv. 2012. L’an dernier, les 42 jours qui le précédaient ont totalisé 1^260~£ de ventes, contre 420~£ sur les 42 jours d’avant (+200~%). Les produits qui ont le plus progressé avant l’événement, par rapport à leur part habituelle des factures~: HEART (3,75~×).'));
    expect(action!.title).toEqual({ en: 'Prepare for Valentine’s Day (14 Feb 2012)', fr: frText('Préparez l’événement~: Saint-Valentin (14 févr. 2012)') });
  });
  it('speaks of the tied products alone when total sales fell before the event (after a peak)', () => {
    const [action] = prepareEventActions(inputs({ calendarDaily: [...daily(priorStart, lead, 30), ...daily(leadStart, lead, 10)], productEvents: [tied] }));
    expect(action!.money).toBe(0);
    expect(action!.why.en).toBe('Valentine’s Day is 67 days after the data ends and its 42-day lead-up starts on 3 Jan 2012. The products that rose most before it, against their usual share of invoices: HEART (3.75×). Have them in stock before 3 Jan 2012.');
    expect(action!.why.fr).toBe(frText('Prochain événement~: Saint-Valentin, 67~jours après la fin des données~; ses 42~jours de préparation commencent le 3 janv. 2012. Les produits qui ont le plus progressé avant l’événement, par rapport à leur part habituelle des factures~: HEART (3,75~×). Ayez-les en stock avant le 3 janv. 2012.'));
  });
  it('gives no action when sales did not rise before it and no product is tied to it', () => {
    expect(prepareEventActions(inputs({ calendarDaily: [...daily(priorStart, lead, 30), ...daily(leadStart, lead, 10)] }))).toEqual([]);
  });
  it('gives no action when last year’s windows are not wholly in the data', () => {
    expect(prepareEventActions(inputs({ calendarDaily, summary: { ...inputs().summary, period: { from: '2010-12-01', to: '2011-12-09' } } }))).toEqual([]);
  });
});

describe('winBackActions', () => {
  it('usual gap: days from first to last order over the gaps between orders', () => {
    expect(usualGapDays('2011-01-01', '2011-01-31', 4)).toBe(10);
    expect(usualGapDays('2011-01-01', '2011-01-01', 1)).toBeNull();
  });
  it('lists a big customer silent for max(90 days, 3 × their usual gap), valued at their net per year', () => {
    const rows = [
      // 630 days over 63 gaps = every 10 days, silent 100 days (≥ 90): lapsed; 730 days since the first order → £2,000 a year
      customer({ customer_id: 'L', net: 4000, orders: 64, first_purchase: '2009-12-09', last_purchase: '2011-08-31' }),
      // every 50 days, silent 120 days (< 150): not lapsed yet
      customer({ customer_id: 'S', orders: 5, first_purchase: '2010-12-09', last_purchase: '2011-08-11' }),
      // one order 100 days ago, first order under a year ago → its whole net
      customer({ customer_id: 'O', net: 500, orders: 1, first_purchase: '2011-08-31', last_purchase: '2011-08-31' }),
    ];
    const actions = winBackActions(inputs({ customersTopByRevenue: rows }));
    expect(actions.map((a) => [a.id, a.money])).toEqual([['win_back:L', 2000], ['win_back:O', 500]]);
    expect(actions[0]!.why.en).toBe('Number 1 by net sales (£4,000 over 64 invoices, about one every 10 days), but no invoice for 100 days, since 31 Aug 2011: call or write to them.');
    expect(actions[0]!.why.fr).toBe(frText('1er client par chiffre d’affaires net (4^000~£ sur 64~factures, environ tous les 10~jours), mais sans facture depuis 100~jours, soit depuis le 31 août 2011~: appelez-le ou écrivez-lui.'));
    expect(actions[0]!.figure).toEqual({ en: '100 days since the last invoice', fr: frText('100~jours sans facture') });
    // One invoice: singular in both languages.
    expect(actions[1]!.why.en).toContain('(£500 over one invoice)');
    expect(actions[1]!.why.fr).toContain(frText('(500~£ sur 1~facture)'));
    expect(actions[1]!.title).toEqual({ en: 'Win back customer O (United Kingdom)', fr: 'Relancez le client O (Royaume-Uni)' });
  });
});
