-- olist_ledger_lines: one row per raw line of every Olist table, with the one ledger rule it
-- falls under (rules in seeds/marketplace_ledger_rules.csv; the first that matches wins) and, for
-- order items, its price as amount (BRL).
with orders as (
    select * from stg_olist_orders
),

items as (
    select *, row_number() over (partition by order_id, order_item_id order by source_line) as copy_no
    from stg_olist_order_items
),

order_ids_with_items as (
    select distinct order_id from items where order_id is not null
),

customers as (
    select * from stg_olist_customers
),

reviews as (
    select * from stg_olist_order_reviews
),

products as (
    select * from stg_olist_products
),

translations as (
    select * from stg_olist_category_translation
)

select 'orders' as table_name, orders.source_line, 0::decimal(18, 2) as amount,
    case
        when orders.order_id is null or orders.purchased_at is null then 'order_invalid'
        when order_ids_with_items.order_id is null then 'order_without_items'
        else 'kept_order'
    end as rule
from orders left join order_ids_with_items using (order_id)

union all
select 'order_items', items.source_line, coalesce(items.price, 0),
    case
        when items.order_id is null or items.product_id is null or items.price is null then 'item_invalid'
        when orders.order_id is null then 'item_of_unknown_order'
        when items.copy_no > 1 then 'item_duplicate'
        when orders.order_status in ('canceled', 'unavailable') then 'kept_canceled_item'
        else 'kept_sale_item'
    end
from items left join orders using (order_id)

union all
select 'customers', customers.source_line, 0,
    case
        when customers.customer_id is null or customers.customer_unique_id is null then 'customer_invalid'
        when not exists (select 1 from orders where orders.customer_id = customers.customer_id) then 'customer_without_order'
        else 'kept_customer'
    end
from customers

union all
select 'order_reviews', reviews.source_line, 0,
    case
        when reviews.order_id is null or reviews.review_score is null then 'review_invalid'
        when not exists (select 1 from orders where orders.order_id = reviews.order_id) then 'review_of_unknown_order'
        when reviews.created_at is null then 'review_without_date'
        else 'kept_review'
    end
from reviews

union all
select 'products', products.source_line, 0,
    case
        when products.product_id is null then 'product_invalid'
        when products.category is null then 'product_without_category'
        when not exists (select 1 from translations where translations.category = products.category) then 'product_untranslated_category'
        else 'kept_product'
    end
from products

union all
select 'sellers', source_line, 0, 'kept_seller' from stg_olist_sellers

union all
select 'order_payments', payments.source_line, 0,
    case when not exists (select 1 from orders where orders.order_id = payments.order_id) then 'payment_of_unknown_order' else 'kept_payment' end
from stg_olist_order_payments as payments

union all
select 'category_translation', source_line, 0, 'kept_translation' from translations

union all
select 'geolocation', source_line, 0, 'geolocation_not_used' from stg_olist_geolocation
