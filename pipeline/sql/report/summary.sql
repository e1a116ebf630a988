-- summary: one row for the whole dataset (headline figures).
-- period = first and last invoice date of kept lines; invoices = distinct invoice numbers of
-- kept lines (sales and cancellations); customers, products, countries = distinct values on
-- kept lines; gross, returns, net as in monthly_sales; lines_without_customer = kept lines with
-- no customer id, and their net amount.
with lines as (
    select * from int_sales_lines
)

select
    min(invoice_date)::varchar                                                  as period_from,
    max(invoice_date)::varchar                                                  as period_to,
    count(distinct invoice)::integer                                            as invoices,
    count(distinct customer_id)::integer                                        as customers,
    count(distinct stock_code)::integer                                         as products,
    count(distinct country)::integer                                            as countries,
    round(sum(sale_amount), 2)::double                                          as gross,
    round(sum(return_amount), 2)::double                                        as returns,
    round(coalesce(sum(amount), 0), 2)::double                                 as net,
    (count(*) filter (where customer_id is null))::integer                      as no_customer_rows,
    round(coalesce(sum(amount) filter (where customer_id is null), 0), 2)::double as no_customer_revenue,
    count(*)::integer                                                           as rows_kept
from lines
