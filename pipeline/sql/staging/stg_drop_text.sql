-- stg_drop_text: one row per raw line of one drop, every value as the text in the file.
-- Rename only; read by the ledger's example rows so that they show what the file says.
with source as (
    select * from {{raw_table}}
)
select
    {{drop}}::varchar              as drop_id,
    source_line::integer           as source_line,
    {{invoice}}::varchar           as invoice,
    {{stock_code}}::varchar        as stock_code,
    {{description}}::varchar       as description,
    {{quantity}}::varchar          as quantity,
    {{invoice_date}}::varchar      as invoice_date,
    {{price}}::varchar             as price,
    {{customer_id}}::varchar       as customer_id,
    {{country}}::varchar           as country
from source
