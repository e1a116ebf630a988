-- int_sales_lines: one row per kept invoice line (sale or return) after the ledger.
-- amount = quantity × unit price: positive for sales, negative for returns. The split into
-- sales and returns is made here once: sale_amount / units_sold are the line's amount and
-- quantity on a sale line (else 0); return_amount / units_returned are the positive value and
-- units of a return line (else 0); sale_invoice is the invoice of a sale line (else null), so
-- that count(distinct sale_invoice) counts orders. A kept line whose stock code was folded to
-- upper case (kept_code_case_folded) is a sale or a return by its quantity's sign, as the others.
with ledger as (
    select * from ledger_lines
),

kept as (
    select
        *,
        case when rule = 'kept_code_case_folded' and quantity < 0 then 'kept_return_line'
             when rule = 'kept_code_case_folded' then 'kept_sale_line'
             else rule end as line_kind
    from ledger
    where rule in ('kept_sale_line', 'kept_return_line', 'kept_code_case_folded')
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
    (line_kind = 'kept_return_line')              as is_return,
    case when line_kind = 'kept_sale_line' then amount else 0 end::decimal(18, 3)       as sale_amount,
    case when line_kind = 'kept_return_line' then -amount else 0 end::decimal(18, 3)    as return_amount,
    case when line_kind = 'kept_sale_line' then quantity else 0 end::integer             as units_sold,
    case when line_kind = 'kept_return_line' then -quantity else 0 end::integer          as units_returned,
    case when line_kind = 'kept_sale_line' then invoice end::varchar                     as sale_invoice
from kept
