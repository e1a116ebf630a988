-- seasonality_hour: one row per day of the week and hour of the invoice time with a sale.
-- weekday 0 = Monday … 6 = Sunday; hour 0–23 of the invoice timestamp (the shop's local time).
-- orders = distinct sale invoices; gross = Σ amount of the sale lines (returns are left out:
-- they are booked at the time of the cancellation, not of a purchase); share_orders = the
-- cell's share of all orders (4 decimals).
with lines as (
    select * from int_sales_lines
),

sales as (
    select * from lines where sale_invoice is not null
),

cells as (
    select
        isodow(invoice_date) - 1          as weekday,
        hour(invoice_ts)                  as hour,
        count(distinct sale_invoice)      as orders,
        sum(sale_amount)                  as gross
    from sales
    group by isodow(invoice_date) - 1, hour(invoice_ts)
),

total as (
    select count(distinct sale_invoice) as orders from sales
)

select
    cells.weekday::integer                                   as weekday,
    cells.hour::integer                                      as hour,
    cells.orders::integer                                    as orders,
    round(cells.gross, 2)::double                            as gross,
    round(cells.orders / total.orders, 4)::double            as share_orders
from cells, total
order by weekday, hour
