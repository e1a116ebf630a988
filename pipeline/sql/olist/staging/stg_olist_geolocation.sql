-- stg_olist_geolocation: one row per geolocation line (several per zip prefix).
with source as (
    select * from {{geolocation}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(geolocation_zip_code_prefix), '')::varchar                 as zip_prefix,
    nullif(trim(geolocation_state), '')::varchar                           as state
from source
