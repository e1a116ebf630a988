-- ledger_examples: up to 5 example raw lines per ledger rule, the first ones in drop and line
-- order, with the raw text as it stands in the file.
with ledger as (
    select * from ledger_lines
),

raw_text as (
    select * from stg_invoice_text
),

ranked as (
    select
        drop_id,
        source_line,
        rule,
        row_number() over (partition by rule order by drop_rank desc, drop_id, source_line) as example_no
    from ledger
),

examples as (
    select * from ranked where example_no <= 5
)

select
    examples.rule::varchar           as rule,
    examples.drop_id::varchar        as drop,
    examples.source_line::integer    as line,
    raw_text.invoice,
    raw_text.stock_code,
    raw_text.description,
    raw_text.quantity,
    raw_text.invoice_date,
    raw_text.price,
    raw_text.customer_id,
    raw_text.country
from examples
join raw_text using (drop_id, source_line)
order by examples.rule, examples.example_no
