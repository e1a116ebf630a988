-- int_basket_scopes: one row per scope the basket rules are computed in: the whole shop (scope 0) and each of the 5 countries with the most baskets (scope 1–5, by baskets).
-- min_baskets = the baskets a product or pair needs to be frequent in the scope: min_support of
-- the scope's baskets, rounded up; in a country never fewer than min_pair_baskets (in a country
-- with 200 baskets 0.5 % would be one basket: a coincidence, not a habit). Built with its params
-- by pipeline/analytics/baskets.
with basket_items as (
    select * from int_basket_items
),

countries as (
    select country, count(distinct basket_id) as baskets
    from basket_items
    group by country
),

top_countries as (
    select *, row_number() over (order by baskets desc, country) as scope_id
    from countries
    qualify scope_id <= 5
)

select
    0::integer                                                                         as scope_id,
    null::varchar                                                                      as country,
    count(distinct basket_id)::integer                                                 as baskets,
    ceil({{min_support}} * count(distinct basket_id))::integer                         as min_baskets
from basket_items

union all

select
    scope_id::integer                                                                  as scope_id,
    country::varchar                                                                   as country,
    baskets::integer                                                                   as baskets,
    greatest(ceil({{min_support}} * baskets), {{min_pair_baskets}})::integer           as min_baskets
from top_countries
