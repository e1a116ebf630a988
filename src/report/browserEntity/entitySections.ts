// The blocks a product and a customer page drawn in the browser share: the monthly figure and
// the return rates against the whole shop, as EntityFigure.astro and ReturnRates.astro draw them.
import { entityMonthlyChart, type EntityMonthlyOptions } from '../../charts/entityMonthlyChart.ts';
import { monthlyColumns } from '../../components/table/entityColumns.ts';
import type { EntityMonthRow } from '../../contracts/metrics.ts';
import { LOCALE } from '../../i18n/langs.ts';
import { entityPages } from '../../i18n/messages/entityPages.ts';
import { entityParts } from '../../i18n/messages/entityParts.ts';
import { toolsFor } from '../../i18n/tools.ts';
import { atBothWidths, FULL_WIDTH } from '../chartWidths.ts';
import { comparedWithShop, entityMonthlyTakeaway } from '../entityTakeaways.ts';
import type { BrowserEntityContext } from './types.ts';
import { esc, howDetails, para, tableHtml, type Refs } from './html.ts';
import { joinBase } from '../../routing/joinBase.ts';

export interface MonthlyFile {
  /** product_monthly or customer_monthly. */
  metric: string;
  /** What it holds, in the page's language: "every product, month by month". */
  holds: string;
}

export function monthlySection(refs: Refs, context: BrowserEntityContext, rows: readonly EntityMonthRow[], chartId: string, chartTitle: string, file: MonthlyFile): string {
  const { lang } = refs;
  const page = entityPages[lang];
  const t = entityParts[lang];
  const { fmt } = toolsFor(lang);
  const download = (metric: string, format: 'csv' | 'json') => esc(joinBase(`data/${encodeURIComponent(refs.dataset)}/${metric}.${format}`, refs.base));
  // The chart escapes everything it draws (entityMonthlyChart.ts).
  const svg = atBothWidths<readonly EntityMonthRow[], EntityMonthlyOptions>(entityMonthlyChart, rows, {
    id: chartId, title: chartTitle, currency: context.currency, width: FULL_WIDTH, locale: LOCALE[lang],
    from: context.from, to: context.to, partialMonths: context.partialMonths,
  });
  const table = rows.length === 0 ? '' :
    `<details class="examples entity-months"><summary>${esc(t.monthsSummary(rows.length))}</summary>${tableHtml(rows, monthlyColumns(lang), refs, fmt, context.currency, t.months)}</details>`;
  return `<h2>${esc(page.monthByMonth)}</h2><figure class="finding" id="monthly"><h3>${esc(page.chartTitle)}</h3>` +
    `<p class="takeaway">${esc(entityMonthlyTakeaway(lang, rows, context.shop.units, context.currency))}</p>` +
    `<div class="chart"><div class="chart-wide">${svg.wide}</div><div class="chart-narrow">${svg.narrow}</div></div>${table}` +
    `<figcaption>${howDetails(t.howComputed, context.definitions.monthly ?? t.notComputedDefinition)}` +
    `<p class="downloads">${esc(t.sameFigures(file.holds))}<a href="${download(file.metric, 'csv')}" download>CSV</a> · <a href="${download(file.metric, 'json')}" download>JSON</a> ` +
    `(<code>${esc(file.metric)}</code>${esc(t.filterFirstColumn)}</p></figcaption></figure>`;
}

export interface RatePair {
  units: { sold: number; returned: number; rate: number | null };
  value: { gross: number; returns: number; rate: number | null };
}

export function returnRatesSection(refs: Refs, context: BrowserEntityContext, who: 'product' | 'customer', pair: RatePair): string {
  const { lang } = refs;
  const t = entityParts[lang].rates;
  const { fmt } = toolsFor(lang);
  const { currency, shop } = context;
  const rows = [
    { label: t.units, rate: pair.units.rate, shop: shop.units, basis: t.unitsBasis(Math.abs(pair.units.returned), pair.units.sold) },
    { label: t.value, rate: pair.value.rate, shop: shop.value, basis: t.valueBasis(fmt.money(Math.abs(pair.value.returns), currency), fmt.money(pair.value.gross, currency)) },
  ];
  const compared = (rate: number | null, average: number | null) =>
    rate === null ? t.nothingSold : rate === 0 ? t.nothingReturned : comparedWithShop(lang, rate, average, false);
  const body = rows.map((row) =>
    `<tr><th scope="row">${esc(row.label)}</th><td class="num">${esc(fmt.percent(row.rate))}</td><td>${esc(row.basis)}</td>` +
    `<td class="num">${esc(fmt.percent(row.shop))}</td><td>${esc(compared(row.rate, row.shop))}</td></tr>`).join('');
  const overOne = rows.some((row) => row.rate !== null && row.rate > 1);
  return `<h2>${esc(entityPages[lang].returnsVsShop)}</h2><div class="table-wrap" tabindex="0"><table class="return-rates"><thead><tr>` +
    `<th scope="col">${esc(t.by)}</th><th scope="col" class="num">${esc(who === 'product' ? t.thisProduct : t.thisCustomer)}</th>` +
    `<th scope="col">${esc(t.returnedOfSold)}</th><th scope="col" class="num">${esc(t.wholeShop)}</th><th scope="col">${esc(t.compared)}</th>` +
    `</tr></thead><tbody>${body}</tbody></table></div>${para(`${t.note}${overOne ? t.overOne(fmt.percent(1, 0)) : ''}`, 'table-note')}`;
}
