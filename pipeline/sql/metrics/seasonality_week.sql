-- seasonality_week: one row per ISO week (Monday to Sunday) of the period, with the same week number one year earlier.
-- net, orders and units as in monthly_sales. trading_days = days with a sale. complete = the
-- week lies wholly inside the period and no gap in the export (calendar_gaps) touches it. net_prior_year = net of the same ISO week number in the
-- previous ISO year and change_pct = net ÷ net_prior_year − 1, both only when both weeks are
-- complete (a year with an ISO week 53 has no such week the year before to compare with).
with lines as (
    select * from int_sales_lines
),

gaps as (
    select * from int_calendar_gaps
),

bounds as (
    select min(invoice_date) as first_day, max(invoice_date) as last_day from lines
),

weekly as (
    select
        isoyear(invoice_date)                             as iso_year,
        week(invoice_date)                                as iso_week,
        min(date_trunc('week', invoice_date))::date       as week_start,
        sum(amount)                                       as net,
        count(distinct sale_invoice)                      as orders,
        sum(units_sold)                                   as units_sold,
        count(distinct invoice_date) filter (where sale_invoice is not null) as trading_days
    from lines
    group by isoyear(invoice_date), week(invoice_date)
),

flagged as (
    select
        weekly.*,
        (weekly.week_start >= bounds.first_day and weekly.week_start + 6 <= bounds.last_day
            and not exists (select 1 from gaps where gaps.gap_start <= weekly.week_start + 6 and gaps.gap_end >= weekly.week_start)) as complete
    from weekly, bounds
)

select
    this.iso_year::integer                                                   as iso_year,
    this.iso_week::integer                                                   as iso_week,
    strftime(this.week_start, '%Y-%m-%d')::varchar                           as week_start,
    round(this.net, 2)::double                                               as net,
    this.orders::integer                                                     as orders,
    this.units_sold::integer                                                 as units_sold,
    this.trading_days::integer                                               as trading_days,
    this.complete::boolean                                                   as complete,
    case when this.complete and prior.complete then round(prior.net, 2) end::double             as net_prior_year,
    case when this.complete and prior.complete and prior.net > 0 then round(this.net / prior.net - 1, 4) end::double as change_pct
from flagged as this
left join flagged as prior on prior.iso_year = this.iso_year - 1 and prior.iso_week = this.iso_week
order by iso_year, iso_week
