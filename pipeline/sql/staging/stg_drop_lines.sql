-- stg_drop_lines: one row per raw line of one drop, in either UCI layout.
-- Rename and cast only: {{invoice}} etc. are the drop's own header names (pipeline/sources/layouts.ts).
-- Text that does not cast becomes null here and is counted by the ledger rule `invalid_value`;
-- the ledger's example rows show the raw text (stg_drop_text).
-- The older layout writes CustomerID as a float (`17850.0`): the trailing `.0` is dropped.
with source as (
    select * from {{raw_table}}
)
select
    {{drop}}::varchar                                                        as drop_id,
    source_line::integer                                                     as source_line,
    nullif(trim({{invoice}}), '')::varchar                                   as invoice,
    nullif(trim({{stock_code}}), '')::varchar                                as stock_code,
    nullif(trim({{description}}), '')::varchar                               as description,
    try_cast(trim({{quantity}}) as integer)                                  as quantity,
    try_cast(trim({{price}}) as decimal(18, 3))                              as price,
    {{date_cast}}                                                            as invoice_ts,
    nullif(case when ends_with(rtrim({{customer_id}}), '.0') then left(trim({{customer_id}}), -2)
                else trim({{customer_id}}) end, '')::varchar                 as customer_id,
    nullif(trim({{country}}), '')::varchar                                   as country
from source
