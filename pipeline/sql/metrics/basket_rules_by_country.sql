-- basket_rules_by_country: one row per country and rule X → Y, the 50 strongest rules in each of the 5 countries with the most baskets.
-- The rules of basket_rules computed within one country: support, confidence and lift are
-- relative to that country's baskets (country_baskets). A product or pair is frequent in a
-- country at min_support of its baskets, but never below min_pair_baskets baskets (in a country
-- with 200 baskets 0.5 % would be a single basket: a coincidence, not a habit). A rule needs
-- confidence ≥ min_confidence. Countries by baskets (most first); within a country highest
-- lift first (ties: more shared baskets, then stock codes).
with rules as (
    -- the measures are defined once, for every scope, in int_basket_pair_rules; scopes 1–5 = the countries
    select * from int_basket_pair_rules where scope_id > 0
),

products as (
    select * from int_products
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
    ranked.scope_baskets::integer                  as country_baskets,
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
