-- stg_olist_sellers: one row per seller. Rename and cast only.
with source as (
    select * from {{sellers}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(seller_id), '')::varchar                                   as seller_id,
    nullif(trim(seller_zip_code_prefix), '')::varchar                      as zip_prefix,
    nullif(trim(seller_city), '')::varchar                                 as city,
    nullif(trim(seller_state), '')::varchar                                as state
from source
