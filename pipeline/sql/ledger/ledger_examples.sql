-- ledger_examples: up to 5 example lines per ledger rule: the first ones of the newest drop, in
-- line order. Their raw text is then read from stg_invoice_text by (drop, line), a lookup that
-- touches only those lines (a join here would read every raw value of every line).
with ledger as (
    select * from ledger_lines
),

ranked as (
    select
        rule,
        drop_id,
        source_line,
        row_number() over (partition by rule order by drop_rank desc, drop_id, source_line) as example_no
    from ledger
)

select
    rule::varchar               as rule,
    drop_id::varchar            as drop,
    source_line::integer        as line
from ranked
where example_no <= 5
order by rule, example_no
