// Grain and plain-words definition of each stock file, shown on the page under
// "How this is computed" as the SQL header is for the SQL metrics (English, as the SQL headers
// are: the site translates them), and the words the stock files carry in every language.
import { localize, type Localized } from '../../../src/i18n/localized.ts';
import { stockMethodsText, type StockReason } from '../../../src/i18n/messages/stockMethods.ts';
import type { FileText } from '../calendar/calendarFile.ts';

/** The `reasons` of stock_products: "seasonal peak ahead; rising year on year" / "pic saisonnier à venir ; en hausse sur un an". */
export function reasonsText(reasons: readonly StockReason[]): Localized {
  return localize((lang) => reasons.map((r) => stockMethodsText[lang].reasons[r]).join(lang === 'fr' ? '\u00a0; ' : '; '));
}

/** The `label` of a stock_backtest row. */
export function methodLabel(method: keyof (typeof stockMethodsText)['en']['methodLabels']): Localized {
  return localize((lang) => stockMethodsText[lang].methodLabels[method]);
}

const DEMAND = `Weekly demand = units sold − units returned per product and complete week (Monday to
  Sunday, wholly inside the data; returns booked in the week of the cancellation), floored at 0.`;

export const STOCK_TEXTS = {
  stock_backtest: {
    grain: 'one row per period (validation, test), demand class and method',
    definition: `${DEMAND} Rolling-origin backtest: at each origin (every origin_step_weeks weeks, from the
      first week with a full season of history, season_weeks, to the last week that leaves
      horizon_weeks weeks to score) every method forecasts the next horizon_weeks weeks from the
      weeks up to the origin only. An item takes part at an origin when it has season_weeks weeks of
      history since its first sale and sold in at least min_sale_weeks of the last season_weeks
      weeks. Periods: validation = the validation_origins earliest origins, up to those within
      same_season_tolerance_weeks weeks of one year before the final forecast's origin; test = the
      test_origins later ones (their weeks in stock_backtest_origins). Every choice reads
      validation only: the settings (weeks capped at outlier_cap_k × the median week with a sale,
      0 = no cap; Holt-Winters season smoothed over hw_smoothing_weeks weeks; the best of
      setting_candidates candidates by the validation WAPE of the methods they lead to), the method
      per class (is_chosen: the lowest validation WAPE, MASE breaking ties, baselines first, so a
      method replaces the strongest baseline only by beating it; a class with fewer than
      min_choice_cases validation cases takes the choice of all classes), the 80 % interval and its
      calibration. Test is only scored. MASE = mean absolute error ÷ the item's in-sample mean
      absolute week-to-week change, averaged over item-origin cases; WAPE = Σ|error| ÷ Σ units;
      *_low / *_high = the lowest and highest value over the period's origins (origins), each
      scored on its own cases. *_vs_naive = the same ÷ seasonal naive's on the same cases;
      share_beating_naive = cases with a lower error than seasonal naive. Demand class
      (Syntetos-Boylan, at the origin): ADI = weeks ÷ weeks with a sale, CV² of the non-zero
      weeks; smooth ADI < 1.32 and CV² < 0.49, erratic ADI < 1.32, intermittent CV² < 0.49, else
      lumpy. The chosen row scores the method chosen per class. interval_coverage (chosen rows) =
      share of the interval_weeks weeks whose demand fell inside the 80 % interval of
      stock_forecast; interval_factor = its width factor per class, set on validation so that
      interval_level of the validation weeks are inside (so validation coverage is 80 % by
      construction, test coverage is the check); interval_coverage_uncalibrated = the same with
      factor 1 (the percentiles as measured).`,
  },
  stock_backtest_origins: {
    grain: 'one row per backtest origin, demand class and method',
    definition: `${DEMAND} As in stock_backtest, for each origin separately: origin = the Monday of
      the last week the methods saw; first_target_week = the first week forecast; window = the
      period the origin belongs to (validation: choices made on it; test: only scored);
      interval_coverage on the chosen rows. Shows how the errors change with the time of year.`,
  },
  stock_forecast: {
    grain: 'one row per product with a forecast and week ahead',
    definition: `${DEMAND} Forecast from the last complete week by the method chosen for the
      product's demand class (see stock_backtest). lower and upper = an 80 % interval measured on
      the backtest's validation origins: the forecast plus the 10th and 90th percentiles of the
      scaled errors (actual − forecast) ÷ MASE scale of the same method and class, moved away from
      the median error by the class's interval_factor, times the product's own scale; cut at 0.
      Weeks beyond the backtest horizon reuse its last week's percentiles.`,
  },
  stock_history: {
    grain: 'one row per product with a forecast and week of the last season with demand',
    definition: `${DEMAND} Only weeks with demand are listed; the others had none.`,
  },
  stock_products: {
    grain: 'one row per product with a forecast',
    definition: `${DEMAND} last_8_weeks = demand in the last 8 complete weeks; expected_8_weeks =
      the forecast for the next 8, with an 80 % interval from the backtest errors of 8-week totals.
      year_ago_* = the same weeks one year earlier; year_over_year = the last 13 weeks ÷ the same 13
      weeks a year earlier; return_rate_26_weeks = units returned ÷ sold in the last 26 weeks;
      unit_price = sales ÷ units over the last 26 weeks. advice understock = even the low end of the
      interval is above the last 8 weeks, the rise is at least min_change_units, and a reason
      agrees; surplus = even the high end is below them by at least min_change_units and a reason
      agrees, or the return rate is at least high_return_rate (returns of at least
      min_change_units units) with no rise expected. reasons: seasonal peak ahead / season over =
      last year the same weeks rose / fell by the factor season_ratio (and by min_change_units);
      rising / declining = year_over_year beyond trend_ratio either way; a product is never told
      to stock up when last year's same weeks fell, nor to expect surplus when they rose.
      value_at_stake = |expected − last 8 weeks| × unit_price. expected_4_weeks / expected_12_weeks =
      the same over 4 and 12 weeks. Decisions (stockDecisions.ts): too_sparse = the product's demand
      class is best forecast by forecasting nothing (zero beat every method on the validation
      origins), so it is ordered on demand. lead_time_weeks = the stock file's, else
      default_lead_time_weeks. safety_stock = z × σ × safety_factor × the product's MASE scale, σ =
      root mean square of the scaled error of lead-time totals of the chosen method in the backtest
      (validation origins), z for the cycle service_level, safety_factor = the factor with which
      service_level of the validation cases given a reorder point were covered; reorder_point = demand expected over the
      lead time + safety stock; target_stock = demand over max(cover_weeks, lead time) + safety
      stock. Uneven demand: where z × σ × scale would exceed bulk_ratio × the lead-time demand, the
      stock a service level asks for would mostly wait for rare peaks; decision uneven_demand, no
      safety stock (hold the expected demand, order large quantities against the customer's order; with a stock file, order_units
      tops it up to target_stock when on hand + on order ≤ the lead-time demand). With a stock file: decision order_now when on hand + on order ≤ reorder point
      (order_units = target − on hand − on order, rounded up), overstocked when on hand + on order
      exceeds the demand of the next overstock_weeks weeks + safety stock (excess_units = the
      difference), else enough; weeks_of_cover = (on hand + on order) ÷ mean weekly demand expected
      over overstock_weeks. Without a stock file (or for a product the file does not list): cover
      (hold target_stock). Values at the file's unit cost, else at unit_price (selling price).
      service_reached = on the test origins, share of the cases given a reorder point
      (service_cases; uneven-demand cases, service_bulk_cases, counted apart) whose demand over the
      default lead time stayed within it; validation_service_* the same on the validation origins,
      uncalibrated_service_* on test with safety_factor 1. The sales data hold no lost sales: a week
      without sales may have been a week without stock.`,
  },
  stock_file: {
    grain: 'one row per row of the stock snapshot that was not kept',
    definition: `The optional stock snapshot (CSV, CSV.gz or XLSX exported from the stock system: stock
      code, units on hand; optionally units on order, lead time in weeks, unit cost), read as a sales
      drop is (every byte, encoding, physical lines). Each row lands in one bucket, first match wins:
      invalid_value (no stock code; units on hand not a whole number ≥ 0; units on order or lead
      time given but not a whole number ≥ 0, or a lead time over 52 weeks; unit cost given but not a
      plain decimal ≥ 0), unknown_code (no product in the sales data has that code, compared without
      case or surrounding spaces), duplicate_code (a later row of a code already kept), else kept.
      rows_raw = kept + unknown_code + invalid_value + duplicate_code. kept_without_forecast = kept
      products with too little history to forecast; forecast_not_in_file = forecast products the
      file does not list (their decision is given as demand to cover). Up to max_listed rows per
      bucket are listed with their line.`,
  },
} satisfies Record<string, FileText>;
