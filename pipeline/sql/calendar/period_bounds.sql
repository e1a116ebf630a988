-- period_bounds: one row, the first and last invoice dates of the kept lines.
with lines as (
    select * from int_sales_lines
)

select
    strftime(min(invoice_date), '%Y-%m-%d')::varchar as first_day,
    strftime(max(invoice_date), '%Y-%m-%d')::varchar as last_day
from lines
