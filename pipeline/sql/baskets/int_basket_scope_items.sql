-- int_basket_scope_items: one row per scope (see int_basket_scopes) and product in one of its baskets.
-- baskets_with_item = the scope's baskets holding the product; is_frequent = at least the
-- scope's min_baskets; frequent_rank = 0, 1, 2, … over the scope's frequent products in item
-- order (null for the others): small dense numbers let the pair count use a perfect hash.
-- Built by pipeline/analytics/baskets after int_basket_scopes.
with basket_items as (
    select * from int_basket_items
),

scopes as (
    select * from int_basket_scopes
),

counts as (
    select 0 as scope_id, item_id, count(*) as baskets_with_item
    from basket_items
    group by item_id

    union all

    select scopes.scope_id, basket_items.item_id, count(*) as baskets_with_item
    from basket_items
    join scopes on scopes.country = basket_items.country
    group by scopes.scope_id, basket_items.item_id
),

flagged as (
    select counts.*, counts.baskets_with_item >= scopes.min_baskets as is_frequent
    from counts
    join scopes using (scope_id)
)

select
    scope_id::integer                                                                         as scope_id,
    item_id::integer                                                                          as item_id,
    baskets_with_item::integer                                                                as baskets_with_item,
    is_frequent,
    (case when is_frequent then row_number() over (partition by scope_id, is_frequent order by item_id) - 1 end)::smallint
                                                                                              as frequent_rank
from flagged
