-- int_customers (Olist): one row per customer_unique_id with a kept line.
-- country: the customer's most frequent state on kept lines (ties: alphabetical).
-- customer_type: always 'private': marketplace buyers are consumers, and the shop's
-- trade-pack rule (units per line) does not apply when every line is one unit.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

states as (
    select customer_id, country, count(*) as uses
    from lines
    group by customer_id, country
)

select
    customer_id,
    first(country order by uses desc, country)::varchar            as country,
    1::double                                                      as median_units_per_line,
    'private'::varchar                                             as customer_type
from states
group by customer_id
