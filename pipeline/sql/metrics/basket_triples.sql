-- basket_triples: one row per rule {A, B} → C between three products often in the same basket, the 500 strongest.
-- Same baskets and measures as basket_rules, for a pair of products leading to a third:
-- support = share of baskets holding all three; confidence = share of the baskets with A and B
-- that also hold C; lift = confidence ÷ share of baskets with C. Apriori-style: a triple is only
-- counted when all three of its pairs are frequent (int_basket_pairs), and it is kept when it is
-- in at least min_support of the baskets; each kept triple gives three rules, kept when
-- confidence ≥ min_confidence. Highest lift first (ties: more shared baskets, then stock codes);
-- the list stops at 500 rules.
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

products as (
    select * from int_products
),

item_codes as (
    select distinct item_id, stock_code from basket_items
),

-- The lines of products that are in some frequent pair; joined with each other on the basket
-- they give every basket's frequent pairs (the probes hit the small pair table).
pair_lines as (
    select basket_id, item_id
    from basket_items
    semi join (select item_a as item_id from pairs union select item_b from pairs) using (item_id)
),

basket_pairs as (
    select a.basket_id, a.item_id as item_a, b.item_id as item_b
    from pair_lines as a
    join pair_lines as b on a.basket_id = b.basket_id and a.item_id < b.item_id
    semi join pairs on pairs.item_a = a.item_id and pairs.item_b = b.item_id
),

-- Frequent pairs {A, B} and {B, C} in one basket put A, B and C in it; the triple is a
-- candidate when {A, C} is frequent too (apriori: every sub-pair frequent).
triples as (
    select ab.item_a, ab.item_b, bc.item_b as item_c, count(*) as baskets_with_all
    from basket_pairs as ab
    join basket_pairs as bc on bc.basket_id = ab.basket_id and bc.item_a = ab.item_b
    semi join pairs as ac on ac.item_a = ab.item_a and ac.item_b = bc.item_b
    group by ab.item_a, ab.item_b, bc.item_b
    having count(*) >= (select min_baskets from scopes)
),

-- The three rules of a triple: the consequent is each product in turn.
directed as (
    select item_a as first_id, item_b as second_id, item_c as consequent_id, baskets_with_all from triples
    union all
    select item_a, item_c, item_b, baskets_with_all from triples
    union all
    select item_b, item_c, item_a, baskets_with_all from triples
),

rules as (
    select
        first.stock_code                                                           as first_code,
        second.stock_code                                                          as second_code,
        consequent_code.stock_code                                                 as consequent_code,
        antecedents.baskets_with_both                                              as baskets_with_antecedents,
        consequent.baskets_with_item                                               as baskets_with_consequent,
        directed.baskets_with_all,
        directed.baskets_with_all / scopes.baskets                                 as support,
        directed.baskets_with_all / antecedents.baskets_with_both                  as confidence,
        -- counts are INTEGER: widen before multiplying (as in int_basket_pair_rules)
        directed.baskets_with_all::bigint * scopes.baskets
            / (antecedents.baskets_with_both::bigint * consequent.baskets_with_item) as lift
    from directed
    cross join scopes
    join pairs as antecedents on antecedents.item_a = directed.first_id and antecedents.item_b = directed.second_id
    join scope_items as consequent on consequent.item_id = directed.consequent_id
    join item_codes as first on first.item_id = directed.first_id
    join item_codes as second on second.item_id = directed.second_id
    join item_codes as consequent_code on consequent_code.item_id = directed.consequent_id
    where directed.baskets_with_all >= {{min_confidence}} * antecedents.baskets_with_both
),

ranked as (
    select *, row_number() over (order by lift desc, baskets_with_all desc, first_code, second_code, consequent_code) as rank
    from rules
)

select
    ranked.rank::integer                           as rank,
    ranked.first_code::varchar                     as antecedent_a_code,
    first.description::varchar                     as antecedent_a_description,
    ranked.second_code::varchar                    as antecedent_b_code,
    second.description::varchar                    as antecedent_b_description,
    ranked.consequent_code::varchar                as consequent_code,
    consequent.description::varchar                as consequent_description,
    ranked.baskets_with_antecedents::integer       as baskets_with_antecedents,
    ranked.baskets_with_consequent::integer        as baskets_with_consequent,
    ranked.baskets_with_all::integer               as baskets_with_all,
    round(ranked.support, 4)::double               as support,
    round(ranked.confidence, 4)::double            as confidence,
    round(ranked.lift, 4)::double                  as lift
from ranked
join products as first on first.stock_code = ranked.first_code
join products as second on second.stock_code = ranked.second_code
join products as consequent on consequent.stock_code = ranked.consequent_code
where ranked.rank <= 500
order by ranked.rank
