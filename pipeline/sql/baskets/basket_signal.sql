-- basket_signal: one row for the whole dataset: whether product rules (within a basket) and repeat-purchase rules (across a customer's baskets) have anything to stand on.
-- A basket is a sale invoice or order as in int_basket_items (product lines only, returns left
-- out, each product once). baskets_with_2_plus_products = baskets holding two or more distinct
-- products, the only ones a product pair can come from; share_with_2_plus_products = their
-- share of all baskets; median_products_per_basket = median distinct products per basket.
-- customers = distinct customer ids with a basket; customers_with_2_plus_days = those who
-- bought on two or more different days, the only ones with a "later" purchase; share_with_2_plus_days = their share.
with basket_items as (
    select * from int_basket_items
),

basket_sizes as (
    select basket_id, count(*) as products
    from basket_items
    group by basket_id
),

customer_days as (
    select customer_id, count(distinct invoice_date) as days
    from basket_items
    where customer_id is not null
    group by customer_id
),

baskets as (
    select
        count(*)                                    as baskets,
        count(*) filter (where products >= 2)       as baskets_with_2_plus_products,
        median(products)                            as median_products_per_basket
    from basket_sizes
),

customers as (
    select
        count(*)                                    as customers,
        count(*) filter (where days >= 2)           as customers_with_2_plus_days
    from customer_days
)

select
    baskets.baskets::integer                                                                       as baskets,
    baskets.baskets_with_2_plus_products::integer                                                  as baskets_with_2_plus_products,
    round(coalesce(baskets.baskets_with_2_plus_products / nullif(baskets.baskets, 0), 0), 4)::double as share_with_2_plus_products,
    baskets.median_products_per_basket::double                                                      as median_products_per_basket,
    customers.customers::integer                                                                   as customers,
    customers.customers_with_2_plus_days::integer                                                  as customers_with_2_plus_days,
    round(coalesce(customers.customers_with_2_plus_days / nullif(customers.customers, 0), 0), 4)::double as share_with_2_plus_days
from baskets, customers
