// A chart drawn for a French page writes its own words, months, weekdays and numbers in French.
import { describe, expect, it } from 'vitest';
import { calendarHeatmapChart, type CalendarDayRow } from '../../src/charts/calendarHeatmapChart.ts';
import { forecastChart } from '../../src/charts/forecastChart.ts';

const weekOf = (i: number) => new Date(Date.UTC(2011, 9, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const history = Array.from({ length: 9 }, (_, i) => ({ week: weekOf(i), units: i === 0 ? 1 : 1_000 + 10 * i }));
const forecast = [{ week: weekOf(9), forecast: 1_500.4, lower: 900, upper: 2_100 }];

describe('charts in French', () => {
  it('forecast: legend, tooltips with French plurals and digit groups, French month ticks', () => {
    const svg = forecastChart({ history, forecast }, { id: 'f', title: 'Demande', locale: 'fr-FR' });
    expect(svg).toContain('Semaine du 2011-10-03\u00a0: 1\u00a0unité<');
    expect(svg).toContain('Semaine du 2011-10-10\u00a0: 1\u202f010\u00a0unités<');
    expect(svg).toContain('prévision 1\u202f500\u00a0unités (fourchette à 80\u00a0%\u00a0: 900–2\u202f100)');
    expect(svg).toContain('>Unités par semaine<');
    expect(svg).toMatch(/>nov\.</);
    expect(svg).not.toMatch(/units|Forecast|Week of/);
  });

  it('calendar heatmap: French weekdays and the no-sales swatch', () => {
    const rows: CalendarDayRow[] = Array.from({ length: 14 }, (_, i) => ({ date: `2011-02-${String(7 + i).padStart(2, '0')}`, value: i === 5 ? 0 : 100 * (i + 1), has_sales: i !== 5 }));
    const svg = calendarHeatmapChart(rows, { id: 'c', title: 'CA net par jour', valueLabel: 'CA net par jour', locale: 'fr-FR' });
    expect(svg).toContain('>lun.<');
    expect(svg).toContain('>Aucune vente<');
    expect(svg).toContain('(sam.)');
    expect(svg).not.toMatch(/>Mon<|No sales/);
  });
});
