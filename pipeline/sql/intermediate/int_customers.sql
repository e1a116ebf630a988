-- int_customers: one row per customer id that has a kept line.
-- country: the customer's most frequent country on kept lines (ties: alphabetical).
-- customer_type: 'shop' when the median units per sale line is 6 or more (shops buy in trade
-- packs of 6, 12, 24…) or the average order is worth £500 or more (a shop restocking many
-- products a few at a time); otherwise 'private'. Customers with returns only count as 'private'.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

countries as (
    select customer_id, country, count(*) as uses
    from lines
    group by customer_id, country
),

units as (
    select
        customer_id,
        median(quantity)                        as median_units_per_line,
        sum(amount) / count(distinct invoice)   as avg_order_value
    from lines
    where not is_return
    group by customer_id
)

select
    countries.customer_id,
    first(countries.country order by countries.uses desc, countries.country)::varchar as country,
    any_value(units.median_units_per_line)::double                                   as median_units_per_line,
    (case
        when coalesce(any_value(units.median_units_per_line), 0) >= 6 then 'shop'
        when coalesce(any_value(units.avg_order_value), 0) >= 500 then 'shop'
        else 'private'
    end)::varchar                                                                    as customer_type
from countries
left join units using (customer_id)
group by countries.customer_id
