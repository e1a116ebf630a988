-- int_basket_pair_rules: one row per scope (0 = the whole shop, then the largest countries) and rule X → Y between two products of a frequent pair, both directions.
-- The measures of every pair rule, defined once: support = share of the scope's baskets holding
-- X and Y; confidence = share of the baskets with X that also hold Y; lift = confidence ÷ share
-- of baskets with Y (1 = together no more often than chance). A rule needs confidence ≥
-- min_confidence; pairs are already frequent in their scope (int_basket_pairs).
with scopes as (
    select * from int_basket_scopes
),

scope_items as (
    select * from int_basket_scope_items
),

pairs as (
    select * from int_basket_pairs
),

item_codes as (
    select distinct item_id, stock_code from int_basket_items
),

directed as (
    select scope_id, item_a as antecedent_id, item_b as consequent_id, baskets_with_both from pairs
    union all
    select scope_id, item_b as antecedent_id, item_a as consequent_id, baskets_with_both from pairs
)

select
    scopes.scope_id,
    scopes.country,
    scopes.baskets                                                             as scope_baskets,
    antecedent_code.stock_code                                                 as antecedent_code,
    consequent_code.stock_code                                                 as consequent_code,
    antecedent.baskets_with_item                                               as baskets_with_antecedent,
    consequent.baskets_with_item                                               as baskets_with_consequent,
    directed.baskets_with_both,
    directed.baskets_with_both / scopes.baskets                                as support,
    directed.baskets_with_both / antecedent.baskets_with_item                  as confidence,
    -- counts are INTEGER: widen before multiplying (baskets × pair baskets passes 2^31 near 6× today's data)
    directed.baskets_with_both::bigint * scopes.baskets
        / (antecedent.baskets_with_item::bigint * consequent.baskets_with_item) as lift
from directed
join scopes using (scope_id)
join scope_items as antecedent on antecedent.scope_id = directed.scope_id and antecedent.item_id = directed.antecedent_id
join scope_items as consequent on consequent.scope_id = directed.scope_id and consequent.item_id = directed.consequent_id
join item_codes as antecedent_code on antecedent_code.item_id = directed.antecedent_id
join item_codes as consequent_code on consequent_code.item_id = directed.consequent_id
-- integer × decimal is exact, so a rule right at the threshold is kept whatever the rounding
where directed.baskets_with_both >= {{min_confidence}} * antecedent.baskets_with_item
