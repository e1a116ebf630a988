-- category_sales: one row per product category, ranked by net revenue.
-- category = the English name of the product's category (Portuguese when the export has no
-- translation, "unknown" when the product has none), underscores read as spaces. net = gross
-- item sales − canceled items (BRL, 2 decimals); share_net = the category's net ÷ all net;
-- products = distinct products sold; orders = distinct orders; return_rate_units = canceled
-- items ÷ items sold.
with lines as (
    select * from int_sales_lines
),

products as (
    select * from stg_olist_products
),

translations as (
    select * from stg_olist_category_translation
),

categorised as (
    select
        lines.*,
        replace(coalesce(translations.category_english, products.category, 'unknown'), '_', ' ') as category
    from lines
    left join products on products.product_id = lines.stock_code
    left join translations on translations.category = products.category
),

totals as (
    select
        category,
        count(distinct stock_code) filter (where not is_return)  as products,
        count(distinct sale_invoice)                             as orders,
        sum(units_sold)                                          as units_sold,
        sum(units_returned)                                      as units_returned,
        sum(sale_amount)                                         as gross,
        sum(return_amount)                                       as returns,
        sum(amount)                                              as net
    from categorised
    group by category
)

select
    row_number() over (order by net desc, category)::integer                    as rank,
    category::varchar                                                           as category,
    products::integer                                                           as products,
    orders::integer                                                             as orders,
    units_sold::integer                                                         as units_sold,
    round(gross, 2)::double                                                     as gross,
    round(returns, 2)::double                                                   as returns,
    round(net, 2)::double                                                       as net,
    round(net / sum(net) over (), 4)::double                                    as share_net,
    case when units_sold > 0 then round(units_returned / units_sold, 4) end::double as return_rate_units
from totals
order by rank
