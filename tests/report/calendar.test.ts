// The calendar view model speaks the kind's calendar: the shop's events for the shop, Brazil's for Olist.
import { describe, expect, it } from 'vitest';
import { onlineRetailProfile } from '../../pipeline/kinds/online-retail/profile.ts';
import { olistProfile } from '../../pipeline/kinds/olist/profile.ts';
import { retailEventsBetween } from '../../pipeline/analytics/calendar/retailEvents.ts';
import { calendarIntro, eventLegend, eventMarks, eventNotes, gapSentence, inGap } from '../../src/report/calendar.ts';

/** French expectations are written with `~` for a no-break space. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const rows = (from: string, to: string, profile: typeof olistProfile) =>
  retailEventsBetween(from, to, profile.calendar.events).map((o) => ({ ...o, lead_days: 21 }));

describe('calendar view model', () => {
  it('lists Brazil’s events and their rules on an Olist period, none of the UK’s', () => {
    const events = rows('2016-09-04', '2018-09-03', olistProfile);
    const intro = calendarIntro('en', events, olistProfile);
    expect(intro).toContain('Dia das Mães (Mother’s Day), the second Sunday of May');
    expect(intro).toContain('Black Friday 25 Nov 2016 and 24 Nov 2017');
    expect(intro).toContain('Carnaval 28 Feb 2017 and 13 Feb 2018');
    expect(intro).not.toMatch(/Mothering|Halloween|UK/);
    expect(eventLegend('en', events, olistProfile)).toMatch(/^Outlined days: Carn = Carnaval, Mães = Dia das Mães/);
    expect(eventMarks('en', events, olistProfile).find((m) => m.date === '2017-11-24')).toEqual({ date: '2017-11-24', label: 'BF', name: 'Black Friday' });
    expect(eventNotes('en', events, olistProfile, { from: '2016-09-04', to: '2018-09-03' })).toEqual([]);
  });

  it('says the same in French, with French dates and the profile’s French names', () => {
    const events = rows('2016-09-04', '2018-09-03', olistProfile);
    const intro = calendarIntro('fr', events, olistProfile);
    expect(intro).toMatch(/^Les événements commerciaux sont calculés à partir des règles du calendrier, et non saisis à la main\u00a0: Carnaval, /);
    expect(intro).toContain('Dia das Mães (fête des mères), le deuxième dimanche de mai');
    expect(intro).toContain(nb('Les dates mobiles de la période~: Carnaval 28 févr. 2017 et 13 févr. 2018~;'));
    expect(intro).toContain('Black Friday 25 nov. 2016 et 24 nov. 2017');
    expect(eventLegend('fr', events, olistProfile)).toMatch(/^Jours encadrés\u00a0: Carn = Carnaval, Mães = Dia das Mães \(fête des mères\)/);
    expect(eventMarks('fr', events, olistProfile).find((m) => m.date === '2017-12-25')).toEqual({ date: '2017-12-25', label: 'Natal', name: 'Natal (Noël)' });
  });

  it('keeps the UK Black Friday caveat for a period before 2013 only', () => {
    const events = rows('2009-12-01', '2011-12-09', onlineRetailProfile);
    expect(eventNotes('en', events, onlineRetailProfile, { from: '2009-12-01', to: '2011-12-09' })[0]).toMatch(/^Black Friday only became a UK sales day from 2013/);
    expect(eventNotes('fr', events, onlineRetailProfile, { from: '2009-12-01', to: '2011-12-09' })[0]).toMatch(/^Le Black Friday n’est devenu une journée de soldes au Royaume-Uni/);
    const later = rows('2015-01-01', '2016-12-31', onlineRetailProfile);
    expect(eventNotes('en', later, onlineRetailProfile, { from: '2015-01-01', to: '2016-12-31' })).toEqual([]);
  });

  it('names the gaps of the export as missing data', () => {
    const gaps = [{ gap_start: '2016-09-16', gap_end: '2016-10-01', days: 16 }, { gap_start: '2016-10-11', gap_end: '2016-12-22', days: 73 }];
    expect(gapSentence('en', gaps, 7)).toBe('The export has 2 gaps of 7 days or more without a single sale (89 days in all; the longest 11 Oct 2016 – 22 Dec 2016, 73 days): missing data rather than closures, marked on the charts and left out of every year-on-year comparison.');
    expect(gapSentence('fr', gaps, 7)).toBe(nb('L’export compte 2 interruptions de 7~jours ou plus sans aucune vente (89~jours en tout~; la plus longue du 11 oct. 2016 au 22 déc. 2016, 73~jours)~: des données manquantes plutôt que des fermetures, signalées sur les graphiques et exclues de toute comparaison d’une année sur l’autre.'));
    expect(gapSentence('fr', gaps.slice(0, 1), 7)).toMatch(/^L’export compte une interruption de 7\u00a0jours ou plus .* 16\u00a0jours\)/);
    expect(gapSentence('en', [], 7)).toBe('');
    expect([inGap(gaps)('2016-10-11'), inGap(gaps)('2016-10-10'), inGap(gaps)('2016-12-22')]).toEqual([true, false, true]);
  });
});
