-- stg_olist_customers: one row per customer_id (Olist issues one per order). The person is the
-- customer_unique_id. Rename and cast only; the zip prefix stays text (leading zeros).
with source as (
    select * from {{customers}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(customer_id), '')::varchar                                 as customer_id,
    nullif(trim(customer_unique_id), '')::varchar                          as customer_unique_id,
    nullif(trim(customer_zip_code_prefix), '')::varchar                    as zip_prefix,
    nullif(trim(customer_city), '')::varchar                               as city,
    nullif(trim(customer_state), '')::varchar                              as state
from source
