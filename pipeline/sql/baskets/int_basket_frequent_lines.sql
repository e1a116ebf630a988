-- int_basket_frequent_lines: one row per scope and basket line whose product is frequent in that scope.
-- A basket lies in the whole shop (scope 0) and, when its country is one of the 5 largest, in
-- that country's scope too. Apriori: only these lines enter the pair count (int_basket_pairs).
-- Built by pipeline/analytics/baskets after int_basket_scope_items.
with basket_items as (
    select * from int_basket_items
),

scopes as (
    select * from int_basket_scopes
),

frequent as (
    select * from int_basket_scope_items where is_frequent
)

select
    scopes.scope_id::utinyint              as scope_id,
    basket_items.basket_id::integer        as basket_id,
    frequent.frequent_rank::smallint       as frequent_rank
from basket_items
join scopes on scopes.scope_id = 0 or scopes.country = basket_items.country
join frequent on frequent.scope_id = scopes.scope_id and frequent.item_id = basket_items.item_id
