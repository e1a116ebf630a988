-- stock_file_rows: one row per data row of the stock snapshot, with the one bucket it lands in.
-- Buckets, first match wins: invalid_value (stock code empty; units on hand not a whole number
-- ≥ 0 in plain digits; units on order or lead time in weeks given but not a whole number ≥ 0,
-- or a lead time over 52 weeks; unit cost given but not a plain decimal ≥ 0), unknown_code (no
-- product of the sales data has the code, compared without case or surrounding spaces),
-- duplicate_code (a later row of a code already kept: the first row by line wins), else kept.
-- Empty optional fields mean "not given": on order 0, lead time and unit cost unknown.
with raw as (
    select * from stock_file_raw
),

products as (
    select stock_code::varchar as stock_code, upper(trim(stock_code::varchar)) as match_code from int_products
),

checked as (
    select
        raw.source_line,
        trim(coalesce(raw.stock_code, ''))                                     as code_text,
        trim(coalesce(raw.on_hand, ''))                                        as on_hand_text,
        trim(coalesce(raw.on_order, ''))                                       as on_order_text,
        trim(coalesce(raw.lead_time_weeks, ''))                                as lead_time_text,
        trim(coalesce(raw.unit_cost, ''))                                      as unit_cost_text,
        products.stock_code                                                    as product_code
    from raw
    left join products on products.match_code = upper(trim(coalesce(raw.stock_code, '')))
),

classified as (
    select
        *,
        case
            when code_text = '' then 'invalid_value'
            when not regexp_full_match(on_hand_text, '\+?[0-9]{1,9}') then 'invalid_value'
            when on_order_text <> '' and not regexp_full_match(on_order_text, '\+?[0-9]{1,9}') then 'invalid_value'
            when lead_time_text <> '' and not (regexp_full_match(lead_time_text, '\+?[0-9]{1,2}') and lead_time_text::integer <= 52) then 'invalid_value'
            when unit_cost_text <> '' and not regexp_full_match(unit_cost_text, '\+?[0-9]{1,9}(\.[0-9]{1,4})?') then 'invalid_value'
            when product_code is null then 'unknown_code'
            else 'candidate'
        end as rule
    from checked
),

ranked as (
    select
        *,
        row_number() over (partition by case when rule = 'candidate' then product_code end order by source_line) as nth
    from classified
)

select
    source_line::integer                                                             as line,
    code_text::varchar                                                               as code_text,
    case when rule = 'candidate' and nth > 1 then 'duplicate_code'
         when rule = 'candidate' then 'kept' else rule end::varchar                  as bucket,
    product_code::varchar                                                            as stock_code,
    try_cast(on_hand_text as integer)                                                as on_hand,
    coalesce(try_cast(nullif(on_order_text, '') as integer), 0)::integer             as on_order,
    try_cast(nullif(lead_time_text, '') as integer)                                  as lead_time_weeks,
    try_cast(nullif(unit_cost_text, '') as double)                                   as unit_cost,
    concat_ws(',', code_text, on_hand_text, on_order_text, lead_time_text, unit_cost_text)::varchar as raw_text
from ranked
order by source_line
