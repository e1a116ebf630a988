-- products_declining: one row per product, the 25 products whose net revenue fell the most between the prior and the recent window.
-- recent = the last W days up to the last invoice date; prior = the W days before that, with
-- W = 365 when the data spans two years or more (so both windows hold the same seasons),
-- otherwise half the period. change = net_recent − net_prior (most negative first);
-- change_pct = change ÷ net_prior. Only products with a positive net_prior.
with lines as (
    select * from int_sales_lines
),

products as (
    select * from int_products
),

bounds as (
    select
        max(invoice_date) as last_day,
        least(365, (datediff('day', min(invoice_date), max(invoice_date)) + 1) // 2) as window_days
    from lines
),

windowed as (
    select
        lines.stock_code,
        coalesce(sum(lines.amount) filter (where lines.invoice_date > bounds.last_day - bounds.window_days::integer), 0) as net_recent,
        coalesce(sum(lines.amount) filter (where lines.invoice_date <= bounds.last_day - bounds.window_days::integer
            and lines.invoice_date > bounds.last_day - 2 * bounds.window_days::integer), 0)                           as net_prior
    from lines, bounds
    group by lines.stock_code
)

select
    row_number() over (order by windowed.net_recent - windowed.net_prior, windowed.stock_code)::integer as rank,
    windowed.stock_code::varchar                                                     as stock_code,
    products.description::varchar                                                    as description,
    round(windowed.net_prior, 2)::double                                             as net_prior,
    round(windowed.net_recent, 2)::double                                            as net_recent,
    round(windowed.net_recent - windowed.net_prior, 2)::double                       as change,
    round((windowed.net_recent - windowed.net_prior) / windowed.net_prior, 4)::double as change_pct
from windowed
join products using (stock_code)
where windowed.net_prior > 0 and windowed.net_recent < windowed.net_prior
order by rank
limit 25
