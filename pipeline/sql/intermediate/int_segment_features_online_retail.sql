-- int_segment_features_online_retail: one row per cutoff date (as_of, from segment_cutoffs) and
-- customer id with a sale on or before it.
-- Segmentation features that use only lines dated on or before as_of: recency_days = days from
-- the last sale to as_of; orders = distinct sale invoices; net = gross sales − returns
-- (currency, 2 decimals); return_rate = returned value ÷ value bought, capped at 1 (returns of
-- goods bought before the data starts can exceed it); is_shop = the customer_type rule of
-- int_customers applied to the lines up to as_of (median units per sale line ≥ 6, or gross ÷
-- orders ≥ £500). The running totals are carried per customer and day and joined to each
-- cutoff by the day range each running row covers, so many cutoffs cost little more than one.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

cutoffs as (
    select * from segment_cutoffs
),

customer_days as (
    select
        customer_id,
        invoice_date                                                            as day,
        sum(sale_amount)                                                        as gross,
        sum(return_amount)                                                      as returns,
        count(distinct sale_invoice)                                            as orders,
        count(*) filter (where not is_return)                                   as sale_lines,
        count(*) filter (where not is_return and quantity >= 6)                 as pack_lines,
        max(quantity) filter (where not is_return and quantity < 6)             as largest_below_pack,
        min(quantity) filter (where not is_return and quantity >= 6)            as smallest_pack
    from lines
    group by customer_id, invoice_date
),

running as (
    select
        customer_id,
        day,
        sum(gross) over upto                                                    as gross,
        sum(returns) over upto                                                  as returns,
        sum(orders) over upto                                                   as orders,
        sum(sale_lines) over upto                                               as sale_lines,
        sum(pack_lines) over upto                                               as pack_lines,
        max(largest_below_pack) over upto                                       as largest_below_pack,
        min(smallest_pack) over upto                                            as smallest_pack,
        max(case when sale_lines > 0 then day end) over upto                    as last_sale,
        lead(day) over (partition by customer_id order by day)                  as next_day
    from customer_days
    window upto as (partition by customer_id order by day rows between unbounded preceding and current row)
),

as_of_cutoff as (
    select cutoffs.as_of, running.*
    from running
    join cutoffs
        on running.day <= cutoffs.as_of
        and (running.next_day is null or running.next_day > cutoffs.as_of)
),

-- The median of the units per sale line is 6 or more exactly when more than half the lines
-- are packs of 6+, or exactly half are and the two middle values average 6 or more.
median_pack as (
    select
        *,
        case
            when 2 * pack_lines > sale_lines then true
            when 2 * pack_lines = sale_lines then largest_below_pack + smallest_pack >= 12
            else false
        end                                                                     as median_is_pack
    from as_of_cutoff
    where sale_lines > 0
)

select
    as_of::varchar                                                              as as_of,
    customer_id::varchar                                                        as customer_id,
    (as_of - last_sale)::integer                                                as recency_days,
    orders::integer                                                             as orders,
    round(gross - returns, 2)::double                                           as net,
    round(least(1, returns / nullif(gross, 0)), 4)::double                      as return_rate,
    (median_is_pack or gross / nullif(orders, 0) >= 500)::boolean               as is_shop
from median_pack
order by as_of, customer_id
