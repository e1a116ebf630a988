-- ledger_examples: up to 5 example raw lines per ledger rule, the first ones in drop and line
-- order, with the raw text as it stands in the file.
with ledger as (
    select * from ledger_lines
),

ranked as (
    select
        *,
        row_number() over (partition by rule order by drop_rank desc, drop_id, source_line) as example_no
    from ledger
)

select
    rule::varchar                as rule,
    drop_id::varchar             as drop,
    source_line::integer         as line,
    invoice_text::varchar        as invoice,
    stock_code_text::varchar     as stock_code,
    description_text::varchar    as description,
    quantity_text::varchar       as quantity,
    invoice_date_text::varchar   as invoice_date,
    price_text::varchar          as price,
    customer_id_text::varchar    as customer_id,
    country_text::varchar        as country
from ranked
where example_no <= 5
order by rule, example_no
