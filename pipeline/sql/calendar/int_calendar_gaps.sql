-- int_calendar_gaps: one row per gap in the export: a run of at least {{gap_days}} consecutive
-- days without a sale between two days with one. gap_days comes from the dataset kind's calendar
-- (pipeline/kinds/<kind>/profile.ts): longer than the longest break the business really takes,
-- so a gap is missing data, not a closure. Near the ends of the period (its first and last
-- gap_days days) half as long a silence already counts: an export thins out where it starts and
-- stops, and a month cut that way is no month to compare.
with lines as (
    select * from int_sales_lines
),

sale_days as (
    select distinct invoice_date as day
    from lines
    where sale_invoice is not null
),

bounds as (
    select min(day) as first_day, max(day) as last_day from sale_days
),

steps as (
    select day, lead(day) over (order by day) as next_day
    from sale_days
)

select
    (day + 1)::date                          as gap_start,
    (next_day - 1)::date                     as gap_end,
    datediff('day', day, next_day)::integer - 1 as days
from steps, bounds
where next_day is not null
  and (
    datediff('day', day, next_day) - 1 >= {{gap_days}}
    or (datediff('day', day, next_day) - 1 >= ceil({{gap_days}} / 2)
        and (day < first_day + {{gap_days}} or next_day > last_day - {{gap_days}}))
  )
order by gap_start
