// A drawn product's demand forecast: the section ProductForecast.astro writes, from the rows its
// shard holds (forecastIndex.ts) and the definition the page's context carries.
import { forecastChart } from '../../charts/forecastChart.ts';
import type { ProductForecastData } from '../../components/forecast/forecastIndex.ts';
import { productForecastTakeaway } from '../../components/forecast/forecastText.ts';
import { LOCALE } from '../../i18n/langs.ts';
import { stockForecastText } from '../../i18n/messages/stockForecast.ts';
import { stockMethodsText } from '../../i18n/messages/stockMethods.ts';
import { toolsFor } from '../../i18n/tools.ts';
import { joinBase } from '../../routing/joinBase.ts';
import { atBothWidths, FULL_WIDTH } from '../chartWidths.ts';
import { esc, para, type Refs } from './html.ts';

/** `definition` null: the report has no stock_forecast file; `data` null: this product has no forecast. */
export function forecastSection(refs: Refs, definition: string | null, data: ProductForecastData | null): string {
  const { lang } = refs;
  const t = stockForecastText[lang];
  const m = stockMethodsText[lang];
  const { fmt } = toolsFor(lang);
  const heading = `<h2>${esc(t.heading)}</h2>`;
  if (definition === null) return `<section class="product-forecast">${heading}<p class="table-note">${esc(t.notComputed[0])}<code>stock_forecast.json</code>${esc(t.notComputed[1])}</p></section>`;
  if (data === null) return `<section class="product-forecast">${heading}${para(t.noForecast, 'table-note')}</section>`;
  const { product } = data;
  const code = product.stock_code;
  // The chart escapes everything it draws (forecastChart.ts).
  const svg = atBothWidths(forecastChart, { history: data.history, forecast: data.forecast }, {
    id: `product-forecast-${code}`, title: t.chartTitle(product.description, code), width: FULL_WIDTH, locale: LOCALE[lang],
  });
  const rounded = (v: number) => fmt.count(Math.round(v));
  const dataset = encodeURIComponent(refs.dataset);
  const download = (format: 'csv' | 'json') => esc(joinBase(`data/${dataset}/stock_forecast.${format}`, refs.base));
  const rows = data.forecast.map((row) =>
    `<tr><td>${esc(fmt.date(row.week))}</td><td class="num">${esc(rounded(row.forecast))}</td><td class="num">${esc(rounded(row.lower))}–${esc(rounded(row.upper))}</td></tr>`);
  return `<section class="product-forecast">${heading}<figure class="finding" id="forecast-${esc(code)}">` +
    `<p class="takeaway">${esc(productForecastTakeaway(lang, product))}</p>` +
    `<div class="chart"><div class="chart-wide">${svg.wide}</div><div class="chart-narrow">${svg.narrow}</div></div>` +
    `<p class="table-note">${esc(t.methodBefore(m.methodNames[product.method]))}<strong>${esc(m.classInSentence[product.demand_class])}</strong>` +
    `${esc(t.methodAfter(m.classMeanings[product.demand_class]))} <a href="${esc(joinBase(`${lang}/${dataset}/stock/`, refs.base))}">${esc(t.howTested)}</a>.</p>` +
    `<details><summary>${esc(t.asTable)}</summary><div class="table-wrap" tabindex="0"><table><thead><tr><th scope="col">${esc(t.weekFrom)}</th>` +
    `<th scope="col" class="num">${esc(t.forecastUnits)}</th><th scope="col" class="num">${esc(t.interval)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></details>` +
    `<figcaption><details class="how"><summary>${esc(t.howComputed)}</summary><p>${esc(definition)}</p></details>` +
    `<p class="downloads">${esc(t.everyForecast)}<a href="${download('csv')}" download>CSV</a> · <a href="${download('json')}" download>JSON</a> ` +
    `${esc(t.filterNote[0])}<code>stock_forecast</code>${esc(t.filterNote[1])}</p></figcaption></figure></section>`;
}
