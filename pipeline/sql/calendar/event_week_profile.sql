-- event_week_profile: one row per retail event and week relative to it (16 weeks before to 7 after), over the products tied to that event.
-- calendar_tied_products lists the products of product_events. Week k covers the 7 days from the
-- event day + 7k (k = −1: the week before the event). occurrences = occurrences of the event whose
-- week k lies wholly inside the data; orders = the tied products' orders in those weeks;
-- orders_total = their orders over the whole period, days_total its length in days.
with days as (
    select * from calendar_product_days where orders > 0
),

tied as (
    select * from calendar_tied_products
),

occurrences as (
    select distinct event, date from calendar_event_windows
),

bounds as (
    select min(invoice_date) as first_day, max(invoice_date) as last_day from calendar_product_days
),

offsets as (
    select unnest(range(-16, 8))::integer as week_offset
),

slots as (
    select occurrences.event, occurrences.date, offsets.week_offset, occurrences.date + 7 * offsets.week_offset as week_start
    from occurrences, offsets, bounds
    where occurrences.date + 7 * offsets.week_offset >= bounds.first_day
      and occurrences.date + 7 * offsets.week_offset + 6 <= bounds.last_day
      and occurrences.event in (select event from tied)
),

tied_days as (
    select tied.event, days.invoice_date, days.orders from tied join days using (stock_code)
),

slot_orders as (
    select
        slots.event,
        slots.week_offset,
        count(distinct slots.date)                 as occurrences,
        coalesce(sum(tied_days.orders), 0)         as orders
    from slots
    left join tied_days on tied_days.event = slots.event
        and tied_days.invoice_date between slots.week_start and slots.week_start + 6
    group by slots.event, slots.week_offset
),

totals as (
    select tied.event, count(distinct tied.stock_code) as products, coalesce(sum(days.orders), 0) as orders_total
    from tied
    left join days using (stock_code)
    group by tied.event
)

select
    slot_orders.event::varchar                                               as event,
    slot_orders.week_offset::integer                                         as week_offset,
    slot_orders.occurrences::integer                                         as occurrences,
    slot_orders.orders::integer                                              as orders,
    totals.products::integer                                                 as products,
    totals.orders_total::integer                                             as orders_total,
    (datediff('day', bounds.first_day, bounds.last_day) + 1)::integer        as days_total
from slot_orders
join totals using (event)
cross join bounds
order by event, week_offset
