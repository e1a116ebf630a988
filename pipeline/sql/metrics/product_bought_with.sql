-- product_bought_with: one row per product and partner, each product's 5 partners most often in the same basket.
-- "Frequently bought with this product", for a product page. confidence = share of the
-- product's baskets that also hold the partner; lift = confidence ÷ share of all baskets
-- holding the partner. Partners are ranked by confidence, then lift, then stock code. The floor
-- is a count, not the 0.5 % support of basket_rules: a product page needs an answer for
-- products sold a few hundred times too, so a partner needs at least min_pair_baskets shared
-- baskets, enough to keep one-off coincidences out. Products without such a partner have no
-- rows. Baskets as in basket_rules (sale invoices, product lines, each product once).
with basket_items as (
    select * from int_basket_items
),

products as (
    select * from int_products
),

totals as (
    select count(distinct basket_id) as baskets from basket_items
),

item_counts as (
    select item_id, stock_code, count(*) as baskets_with_item
    from basket_items
    group by item_id, stock_code
),

-- A product in fewer baskets than the floor cannot share that many with anything.
candidate_lines as (
    select basket_id, item_id
    from basket_items
    semi join (select item_id from item_counts where baskets_with_item >= {{min_pair_baskets}}) using (item_id)
),

pairs as (
    select a.item_id as item_a, b.item_id as item_b, count(*) as baskets_with_both
    from candidate_lines as a
    join candidate_lines as b on a.basket_id = b.basket_id and a.item_id < b.item_id
    group by a.item_id, b.item_id
    having count(*) >= {{min_pair_baskets}}
),

directed as (
    select item_a as product_id, item_b as partner_id, baskets_with_both from pairs
    union all
    select item_b as product_id, item_a as partner_id, baskets_with_both from pairs
),

-- For one product, more shared baskets = higher confidence and, at equal confidence, a partner
-- in fewer baskets = higher lift; item ids follow stock codes. Ranking on these integers gives
-- the same order as on the measures, exactly and much faster.
ranked as (
    select
        directed.*,
        partner.baskets_with_item                                              as baskets_with_partner,
        row_number() over (
            partition by directed.product_id
            order by directed.baskets_with_both desc, partner.baskets_with_item, directed.partner_id
        )                                                                      as rank
    from directed
    join item_counts as partner on partner.item_id = directed.partner_id
    qualify rank <= 5
),

measured as (
    select
        product.stock_code                                                     as stock_code,
        partner.stock_code                                                     as partner_code,
        ranked.rank,
        product.baskets_with_item                                              as baskets_with_product,
        ranked.baskets_with_both,
        ranked.baskets_with_both / product.baskets_with_item                   as confidence,
        ranked.baskets_with_both * totals.baskets
            / (product.baskets_with_item * ranked.baskets_with_partner)        as lift
    from ranked
    join item_counts as product on product.item_id = ranked.product_id
    join item_counts as partner on partner.item_id = ranked.partner_id
    cross join totals
)

select
    measured.stock_code::varchar                as stock_code,
    product.description::varchar                as description,
    measured.rank::integer                      as rank,
    measured.partner_code::varchar              as partner_code,
    partner.description::varchar                as partner_description,
    measured.baskets_with_product::integer      as baskets_with_product,
    measured.baskets_with_both::integer         as baskets_with_both,
    round(measured.confidence, 4)::double       as confidence,
    round(measured.lift, 4)::double             as lift
from measured
join products as product on product.stock_code = measured.stock_code
join products as partner on partner.stock_code = measured.partner_code
order by measured.stock_code, measured.rank
