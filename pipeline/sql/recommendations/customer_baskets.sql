-- customer_baskets: one row per basket of a customer with an id, the input of the recommender.
-- items = the basket's item ids (int_basket_items) as space-separated text: one row per basket
-- instead of one per line makes the hand-over to TypeScript about 25 times smaller. day = days
-- since 1970-01-01; place = the basket's country (the state, for Olist). Ordered by basket.
-- The items are sorted after list() rather than by string_agg(… order by): an ordered aggregate
-- keeps a buffer per group that DuckDB cannot spill, and with ~80k baskets at twice the real
-- data's size those buffers alone exceeded a 1 GB memory limit.
with basket_items as (
    select * from int_basket_items where customer_id is not null
)

select
    basket_id::integer                                              as basket_id,
    customer_id::varchar                                            as customer_id,
    datediff('day', date '1970-01-01', invoice_date)::integer       as day,
    min(country)::varchar                                           as place,
    array_to_string(list_sort(list(item_id)), ' ')::varchar         as items
from basket_items
group by basket_id, customer_id, invoice_date
order by basket_id
