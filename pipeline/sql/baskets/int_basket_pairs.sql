-- int_basket_pairs: one row per scope (see int_basket_scopes) and frequent pair of products (item_a < item_b).
-- The lines of products frequent in the scope (int_basket_frequent_lines) are joined with each
-- other on the basket, and a pair is kept when at least the scope's min_baskets baskets hold
-- both (baskets_with_both). Run once per scope ({{scope_id}}) by pipeline/analytics/baskets:
-- grouped on one scope's small dense ranks, DuckDB counts with a perfect hash, about twice as
-- fast as one count grouped by scope as well.
with scope as (
    select * from int_basket_scopes where scope_id = {{scope_id}}
),

ranks as (
    select frequent_rank, item_id from int_basket_scope_items where scope_id = {{scope_id}} and is_frequent
),

-- The table itself on both sides, not a CTE: a materialised CTE loses the column statistics
-- that let DuckDB pick the perfect hash.
pair_counts as (
    select a.frequent_rank as rank_a, b.frequent_rank as rank_b, count(*) as baskets_with_both
    from int_basket_frequent_lines as a
    join int_basket_frequent_lines as b on a.basket_id = b.basket_id and a.frequent_rank < b.frequent_rank
    where a.scope_id = {{scope_id}} and b.scope_id = {{scope_id}}
    group by a.frequent_rank, b.frequent_rank
    having count(*) >= (select min_baskets from scope)
)

select
    {{scope_id}}::integer                          as scope_id,
    item_a.item_id::integer                        as item_a,
    item_b.item_id::integer                        as item_b,
    pair_counts.baskets_with_both::integer         as baskets_with_both
from pair_counts
join ranks as item_a on item_a.frequent_rank = pair_counts.rank_a
join ranks as item_b on item_b.frequent_rank = pair_counts.rank_b
