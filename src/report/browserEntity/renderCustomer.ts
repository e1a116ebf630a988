// A customer drawn in the browser: the sections of customers/[customer].astro, from its shard row.
import { customerTopProductColumns, returnedProductColumns } from '../../components/table/entityColumns.ts';
import { entityPages } from '../../i18n/messages/entityPages.ts';
import { entityParts } from '../../i18n/messages/entityParts.ts';
import { toolsFor } from '../../i18n/tools.ts';
import { countryName } from '../countryNames.ts';
import { recommendationReason, returnsSentence } from '../entityBuyerTexts.ts';
import { customerFigures } from '../entityFigures.ts';
import { customerTypeReason } from '../entityTakeaways.ts';
import { joinBase } from '../../routing/joinBase.ts';
import { monthlySection, returnRatesSection } from './entitySections.ts';
import { crumb, esc, figuresHtml, notComputed, howDetails, para, productRef, tableHtml, type Refs } from './html.ts';
import type { BrowserCustomer, BrowserEntityContext } from './types.ts';

const textIn = (lang: Refs['lang'], text: string | Record<string, string>) => (typeof text === 'string' ? text : text[lang]!);

export function renderCustomer(refs: Refs, context: BrowserEntityContext, customer: BrowserCustomer): string {
  const { lang } = refs;
  const page = entityPages[lang];
  const t = page.customer;
  const parts = entityParts[lang];
  const { fmt } = toolsFor(lang);
  const { sales, monthly, topProducts, returned, recommendations, segment } = customer;
  const { currency } = context;
  const type = customerTypeReason(lang, sales, currency);
  const segmentsHref = joinBase(`${lang}/${encodeURIComponent(refs.dataset)}/segments/`, refs.base);
  const out = [
    crumb(refs, 'customers', `${esc(countryName(lang, sales.country))} · <strong>${esc(type.label)}</strong>`),
    `<div class="entity-type"><p><strong>${esc(type.label)}.</strong> ${esc(type.reason)}</p>${para(type.rule, 'table-note')}</div>`,
    segment ? `<div class="entity-segment"><p><strong>${esc(parts.segment(segment.segment, textIn(lang, segment.name)))}</strong> <a href="${esc(segmentsHref)}">${esc(parts.allSegments)}</a></p>` +
      `<p><span class="label">${esc(parts.whatToDo)}</span> ${esc(textIn(lang, segment.action))}</p></div>` : '',
    figuresHtml(customerFigures(lang, sales, monthly, context.total, currency)),
    monthlySection(refs, context, monthly, 'customer-monthly', t.chartTitle(sales.customer_id), { metric: 'customer_monthly', holds: t.fileHolds }),
    returnRatesSection(refs, context, 'customer', {
      units: { sold: sales.units_sold, returned: sales.units_returned, rate: sales.return_rate_units },
      value: { gross: sales.gross, returns: sales.returns, rate: sales.return_rate_value },
    }),
  ];
  out.push(`<h3>${esc(t.whatTheyReturn)}</h3>`);
  if (!returned) out.push(notComputed(lang, 'customer_returned_products'));
  else {
    out.push(para(returnsSentence(lang, returned, currency)));
    if (returned.length > 0) out.push(tableHtml(returned, returnedProductColumns(lang), refs, fmt, currency, parts.products), para(parts.returnedNote(5), 'table-note'));
  }
  out.push(`<h2>${esc(t.topProducts)}</h2>`, tableHtml(topProducts, customerTopProductColumns(lang), refs, fmt, currency, t.products));
  if (topProducts.length > 0) out.push(para(t.productsNote(topProducts.length), 'table-note'));
  if (recommendations) {
    out.push(`<h2>${esc(t.recommended)}</h2>`);
    if (recommendations.length === 0) out.push(para(parts.noRecommendations, 'table-note'));
    else {
      const c = parts.columns;
      const rows = recommendations.map((row) => {
        const why = row.because_code !== null && row.because_description !== null
          ? `${esc(parts.becauseTheyBought)}${productRef(refs, row.because_code, row.because_description)}`
          : esc(recommendationReason(lang, row.reason));
        return `<tr><td class="num">${esc(fmt.count(row.rank))}</td><td>${productRef(refs, row.stock_code, row.description)}</td><td>${why}</td></tr>`;
      });
      out.push(para(parts.recommendIntro(recommendations.length)),
        `<div class="table-wrap" tabindex="0"><table><thead><tr><th scope="col" class="num">#</th><th scope="col">${esc(c.product)}</th><th scope="col">${esc(c.why)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`);
    }
  } else out.push(`<h2>${esc(t.recommended)}</h2>`, notComputed(lang, 'customer_recommendations'));
  if (context.definitions.recommendations !== null) out.push(howDetails(parts.howChosen, context.definitions.recommendations));
  return out.join('\n');
}
