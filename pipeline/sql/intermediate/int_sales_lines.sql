-- int_sales_lines: one row per kept invoice line (sale or return) after the ledger.
-- amount = quantity × unit price: positive for sales, negative for returns.
with ledger as (
    select * from ledger_lines
)

select
    drop_id,
    source_line,
    invoice,
    stock_code,
    description,
    quantity,
    price,
    amount,
    invoice_ts,
    invoice_ts::date                              as invoice_date,
    date_trunc('month', invoice_ts)::date         as month,
    customer_id,
    coalesce(country, 'Unspecified')::varchar     as country,
    (rule = 'kept_return_line')                   as is_return
from ledger
where rule in ('kept_sale_line', 'kept_return_line')
