-- stg_olist_products: one row per product. Rename and cast only (the export misspells
-- "lenght"; the names here are corrected).
with source as (
    select * from {{products}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(product_id), '')::varchar                                  as product_id,
    nullif(trim(product_category_name), '')::varchar                       as category,
    try_cast(product_photos_qty as integer)                                as photos,
    try_cast(product_weight_g as integer)                                  as weight_g
from source
