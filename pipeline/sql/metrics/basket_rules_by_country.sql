-- basket_rules_by_country: one row per country and rule X → Y, the 50 strongest rules in each of the 5 countries with the most baskets.
-- The rules of basket_rules computed within one country: support, confidence and lift are
-- relative to that country's baskets (country_baskets). A product or pair is frequent in a
-- country at min_support of its baskets, but never below min_pair_baskets baskets (in a country
-- with 200 baskets 0.5 % would be a single basket: a coincidence, not a habit). A rule needs
-- confidence ≥ min_confidence. Countries by baskets (most first); within a country highest
-- lift first (ties: more shared baskets, then stock codes).
with scopes as (
    select * from int_basket_scopes where scope_id > 0
),

scope_items as (
    select * from int_basket_scope_items where scope_id > 0
),

pairs as (
    select * from int_basket_pairs where scope_id > 0
),

products as (
    select * from int_products
),

item_codes as (
    select distinct item_id, stock_code from int_basket_items
),

directed as (
    select scope_id, item_a as antecedent_id, item_b as consequent_id, baskets_with_both from pairs
    union all
    select scope_id, item_b as antecedent_id, item_a as consequent_id, baskets_with_both from pairs
),

rules as (
    select
        scopes.scope_id,
        scopes.country,
        scopes.baskets                                                             as country_baskets,
        antecedent_code.stock_code                                                 as antecedent_code,
        consequent_code.stock_code                                                 as consequent_code,
        directed.baskets_with_both,
        directed.baskets_with_both / scopes.baskets                                as support,
        directed.baskets_with_both / antecedent.baskets_with_item                  as confidence,
        directed.baskets_with_both * scopes.baskets
            / (antecedent.baskets_with_item * consequent.baskets_with_item)        as lift
    from directed
    join scopes using (scope_id)
    join scope_items as antecedent on antecedent.scope_id = directed.scope_id and antecedent.item_id = directed.antecedent_id
    join scope_items as consequent on consequent.scope_id = directed.scope_id and consequent.item_id = directed.consequent_id
    join item_codes as antecedent_code on antecedent_code.item_id = directed.antecedent_id
    join item_codes as consequent_code on consequent_code.item_id = directed.consequent_id
    where directed.baskets_with_both >= {{min_confidence}} * antecedent.baskets_with_item
),

ranked as (
    select
        *,
        row_number() over (
            partition by scope_id order by lift desc, baskets_with_both desc, antecedent_code, consequent_code
        ) as rank
    from rules
)

select
    ranked.country::varchar                        as country,
    ranked.country_baskets::integer                as country_baskets,
    ranked.rank::integer                           as rank,
    ranked.antecedent_code::varchar                as antecedent_code,
    antecedent.description::varchar                as antecedent_description,
    ranked.consequent_code::varchar                as consequent_code,
    consequent.description::varchar                as consequent_description,
    ranked.baskets_with_both::integer              as baskets_with_both,
    round(ranked.support, 4)::double               as support,
    round(ranked.confidence, 4)::double            as confidence,
    round(ranked.lift, 4)::double                  as lift
from ranked
join products as antecedent on antecedent.stock_code = ranked.antecedent_code
join products as consequent on consequent.stock_code = ranked.consequent_code
where ranked.rank <= 50
order by ranked.scope_id, ranked.rank
