-- basket_rules: one row per rule X → Y between two products often in the same basket, the 500 strongest.
-- A basket is a sale invoice: product lines, returns left out, each product counted once.
-- support = share of baskets holding X and Y; confidence = share of the baskets with X that also
-- hold Y; lift = confidence ÷ share of baskets with Y (1 = together no more often than chance,
-- 10 = ten times as often). Apriori-style: only products in at least min_support of the baskets
-- are paired, only pairs in at least min_support of the baskets become rules, in both
-- directions, and a rule needs confidence ≥ min_confidence. Highest lift first (ties: more
-- shared baskets, then stock codes); the list stops at the 500 strongest of basket_summary's
-- pair_rules.
with rules as (
    -- the measures are defined once, for every scope, in int_basket_pair_rules; scope 0 = the whole shop
    select * from int_basket_pair_rules where scope_id = 0
),

products as (
    select * from int_products
),

ranked as (
    select *, row_number() over (order by lift desc, baskets_with_both desc, antecedent_code, consequent_code) as rank
    from rules
)

select
    ranked.rank::integer                           as rank,
    ranked.antecedent_code::varchar                as antecedent_code,
    antecedent.description::varchar                as antecedent_description,
    ranked.consequent_code::varchar                as consequent_code,
    consequent.description::varchar                as consequent_description,
    ranked.baskets_with_antecedent::integer        as baskets_with_antecedent,
    ranked.baskets_with_consequent::integer        as baskets_with_consequent,
    ranked.baskets_with_both::integer              as baskets_with_both,
    round(ranked.support, 4)::double               as support,
    round(ranked.confidence, 4)::double            as confidence,
    round(ranked.lift, 4)::double                  as lift
from ranked
join products as antecedent on antecedent.stock_code = ranked.antecedent_code
join products as consequent on consequent.stock_code = ranked.consequent_code
where ranked.rank <= 500
order by ranked.rank
