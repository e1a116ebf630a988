-- cx_late_deliveries: one row per order, the recent orders, not canceled, that reached the customer at least 3 days after the estimated delivery date.
-- Assumptions: "now" = the latest purchase timestamp in the data (the export is a snapshot);
-- recent = purchased less than 3 months before now; canceled = order_status 'canceled' (other
-- statuses stay in); late = delivered_at ≥ estimated_delivery_at + 3 days, where the estimate
-- is a date (00:00) and delivered_at the customer delivery timestamp; orders not delivered yet
-- have no delivery date and cannot be judged. days_late = (delivered − estimated) in days.
with orders as (
    select * from stg_olist_orders
),

customers as (
    select * from stg_olist_customers
),

now as (
    select max(purchased_at) as now from orders
)

select
    orders.order_id::varchar                                                                   as order_id,
    customers.customer_unique_id::varchar                                                      as customer_unique_id,
    customers.state::varchar                                                                   as state,
    orders.order_status::varchar                                                               as order_status,
    strftime(orders.purchased_at, '%Y-%m-%d %H:%M:%S')::varchar                                as purchased_at,
    strftime(orders.estimated_delivery_at, '%Y-%m-%d')::varchar                                as estimated_delivery,
    strftime(orders.delivered_at, '%Y-%m-%d %H:%M:%S')::varchar                                as delivered_at,
    round(date_diff('second', orders.estimated_delivery_at, orders.delivered_at) / 86400.0, 1)::double as days_late
from orders
cross join now
left join customers using (customer_id)
where orders.order_status <> 'canceled'
  and orders.purchased_at > now.now - interval 3 month
  and orders.delivered_at >= orders.estimated_delivery_at + interval 3 day
order by days_late desc, order_id
