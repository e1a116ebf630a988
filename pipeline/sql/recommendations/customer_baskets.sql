-- customer_baskets: one row per basket of a customer with an id, the input of the recommender.
-- items = the basket's item ids (int_basket_items) as space-separated text: one row per basket
-- instead of one per line makes the hand-over to TypeScript about 25 times smaller. day = days
-- since 1970-01-01. Ordered by basket.
with basket_items as (
    select * from int_basket_items where customer_id is not null
)

select
    basket_id::integer                                              as basket_id,
    customer_id::varchar                                            as customer_id,
    datediff('day', date '1970-01-01', invoice_date)::integer       as day,
    string_agg(item_id::varchar, ' ' order by item_id)::varchar     as items
from basket_items
group by basket_id, customer_id, invoice_date
order by basket_id
