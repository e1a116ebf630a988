-- int_products: one row per stock code that has a kept line. The canonical description is the
-- most frequent one on its kept lines (ties: alphabetical); variants counts the distinct ones.
with lines as (
    select * from int_sales_lines
),

descriptions as (
    select stock_code, description, count(*) as uses
    from lines
    group by stock_code, description
)

select
    stock_code,
    first(description order by uses desc, description)::varchar   as description,
    count(*)::integer                                            as variants
from descriptions
group by stock_code
