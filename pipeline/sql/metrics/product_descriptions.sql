-- product_descriptions: one row per product and description text seen on its kept lines.
-- A stock code's description changes over time (typos, renames); the most frequent one is the
-- canonical name used everywhere else. lines = kept lines with that text; first_seen and
-- last_seen = first and last invoice date with it; is_canonical marks the canonical one.
with lines as (
    select * from int_sales_lines
),

products as (
    select * from int_products
)

select
    lines.stock_code::varchar                                     as stock_code,
    lines.description::varchar                                    as description,
    count(*)::integer                                             as lines,
    min(lines.invoice_date)::varchar                              as first_seen,
    max(lines.invoice_date)::varchar                              as last_seen,
    (lines.description = any_value(products.description))         as is_canonical
from lines
join products using (stock_code)
group by lines.stock_code, lines.description
order by stock_code, lines desc, description
