-- seasonality_month: one row per calendar month of the period, with the same month one year earlier.
-- net, gross, orders and units as in monthly_sales. trading_days = days with a sale. complete =
-- the month lies wholly inside the period (the first and last months may be cut) and no gap in
-- the export (calendar_gaps) touches it. net_prior_year
-- = net of the same month a year earlier, and change_pct = net ÷ net_prior_year − 1, both only
-- when both months are complete.
with lines as (
    select * from int_sales_lines
),

gaps as (
    select * from int_calendar_gaps
),

bounds as (
    select min(invoice_date) as first_day, max(invoice_date) as last_day from lines
),

monthly as (
    select
        month,
        sum(sale_amount)                                  as gross,
        sum(amount)                                       as net,
        count(distinct sale_invoice)                      as orders,
        sum(units_sold)                                   as units_sold,
        count(distinct invoice_date) filter (where sale_invoice is not null) as trading_days
    from lines
    group by month
),

flagged as (
    select
        monthly.*,
        (monthly.month >= bounds.first_day and last_day(monthly.month) <= bounds.last_day
            and not exists (select 1 from gaps where gaps.gap_start <= last_day(monthly.month) and gaps.gap_end >= monthly.month)) as complete
    from monthly, bounds
)

select
    strftime(this.month, '%Y-%m')::varchar                                   as month,
    year(this.month)::integer                                                as year,
    month(this.month)::integer                                               as month_of_year,
    round(this.net, 2)::double                                               as net,
    round(this.gross, 2)::double                                             as gross,
    this.orders::integer                                                     as orders,
    this.units_sold::integer                                                 as units_sold,
    this.trading_days::integer                                               as trading_days,
    this.complete::boolean                                                   as complete,
    case when this.complete and prior.complete then round(prior.net, 2) end::double             as net_prior_year,
    case when this.complete and prior.complete and prior.net > 0 then round(this.net / prior.net - 1, 4) end::double as change_pct
from flagged as this
left join flagged as prior on prior.month = this.month - interval 1 year
order by month
