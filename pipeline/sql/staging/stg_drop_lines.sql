-- stg_drop_lines: one row per raw line of one drop, in either UCI layout.
-- Rename and cast only: {{invoice}} etc. are the drop's own header names (pipeline/sources/layouts.ts).
-- Text that does not cast becomes null here and is counted by the ledger rule `invalid_value`;
-- the ledger's example rows show the raw text (stg_drop_text).
-- The older layout writes CustomerID as a float (`17850.0`): the trailing `.0` is dropped.
-- Numbers must be plain decimal text (surrounding spaces and one leading sign allowed): a
-- quantity `[+-]digits`, a price `[+-]digits[.digits]`. DuckDB's own cast would also read
-- `1.5` (rounded to 2), `0x10`, `1_000` and `1e3` as numbers, and the sale would silently change;
-- `1,000` is refused too, as it means 1000 in some exports and 1.000 in others.
with source as (
    select * from {{raw_table}}
)
select
    {{drop}}::varchar                                                        as drop_id,
    source_line::integer                                                     as source_line,
    nullif(trim({{invoice}}), '')::varchar                                   as invoice,
    nullif(trim({{stock_code}}), '')::varchar                                as stock_code,
    nullif(trim({{description}}), '')::varchar                               as description,
    case when regexp_full_match(trim({{quantity}}), '[+-]?[0-9]+')
         then try_cast(trim({{quantity}}) as integer) end                   as quantity,
    case when regexp_full_match(trim({{price}}), '[+-]?[0-9]+(\.[0-9]+)?')
         then try_cast(trim({{price}}) as decimal(18, 3)) end               as price,
    {{date_cast}}                                                            as invoice_ts,
    nullif(case when ends_with(rtrim({{customer_id}}), '.0') then left(trim({{customer_id}}), -2)
                else trim({{customer_id}}) end, '')::varchar                 as customer_id,
    nullif(trim({{country}}), '')::varchar                                   as country
from source
