-- basket_summary: one row for the whole dataset: the baskets behind the basket rules and the thresholds used.
-- A basket is a sale invoice after the ledger: product lines only, return lines left out, a
-- product on several lines of one invoice counted once. products_in_baskets = distinct products
-- in any basket; mean and median count distinct products per basket. min_baskets = min_support
-- of the baskets, rounded up: what a product or pair needs to be frequent. pair_rules = rules
-- X → Y between frequent pairs with confidence ≥ min_confidence, of which basket_rules keeps
-- the 500 strongest.
with basket_items as (
    select * from int_basket_items
),

scopes as (
    select * from int_basket_scopes where scope_id = 0
),

scope_items as (
    select * from int_basket_scope_items where scope_id = 0
),

pairs as (
    select * from int_basket_pairs where scope_id = 0
),

basket_sizes as (
    select basket_id, count(*) as products
    from basket_items
    group by basket_id
),

-- each pair gives up to two rules, X → Y and Y → X
rule_antecedents as (
    select pairs.baskets_with_both, scope_items.baskets_with_item
    from pairs
    join scope_items on scope_items.item_id in (pairs.item_a, pairs.item_b)
)

select
    scopes.baskets::integer                                                                     as baskets,
    (select count(*) from scope_items)::integer                                                 as products_in_baskets,
    round((select avg(products) from basket_sizes), 2)::double                                  as mean_products_per_basket,
    (select median(products) from basket_sizes)::double                                         as median_products_per_basket,
    {{min_support}}::double                                                                     as min_support,
    {{min_confidence}}::double                                                                  as min_confidence,
    scopes.min_baskets::integer                                                                 as min_baskets,
    (select count(*) from scope_items where is_frequent)::integer                               as frequent_products,
    (select count(*) from pairs)::integer                                                       as frequent_pairs,
    (select count(*) from rule_antecedents
        where baskets_with_both >= {{min_confidence}} * baskets_with_item)::integer             as pair_rules
from scopes
order by baskets
