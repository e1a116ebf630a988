-- stg_olist_category_translation: one row per Portuguese category name with its English name.
with source as (
    select * from {{category_translation}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(product_category_name), '')::varchar                       as category,
    nullif(trim(product_category_name_english), '')::varchar               as category_english
from source
