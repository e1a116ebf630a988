-- week_of_year_top_products: one row per ISO week number, ranking and product: the 5 products in the most orders that week of the year, and the 5 selling most above their usual rate.
-- orders = distinct sale invoices with the product in that week number, all years together;
-- units_sold and gross (Σ amount of those sale lines) likewise. usual_index = the product's
-- orders per occurrence of that week within its selling life (its first to last sale week,
-- counting only weeks the shop traded) ÷ its orders per week over that life: 2 = twice its
-- usual rate. Ranking `most_orders`: by orders. Ranking `above_usual`: by usual_index among
-- products with at least 20 orders that week number and a selling life of 26 weeks or more (so
-- a product launched that week does not top the list).
with lines as (
    select * from int_sales_lines
),

products as (
    select * from int_products
),

-- An invoice has one date, so orders summed over weeks count each order once.
product_weeks as (
    select
        stock_code,
        date_trunc('week', invoice_date)::date     as monday,
        count(distinct sale_invoice)               as orders,
        sum(units_sold)                            as units_sold,
        sum(amount)                                as gross
    from lines
    where sale_invoice is not null
    group by stock_code, date_trunc('week', invoice_date)
),

trading_weeks as (
    select distinct monday, week(monday) as iso_week from product_weeks
),

life as (
    select stock_code, min(monday) as first_week, max(monday) as last_week, sum(orders) as orders
    from product_weeks
    group by stock_code
),

life_weeks as (
    select life.stock_code, trading_weeks.iso_week, count(*) as occurrences
    from life
    join trading_weeks on trading_weeks.monday between life.first_week and life.last_week
    group by life.stock_code, trading_weeks.iso_week
),

life_length as (
    select stock_code, sum(occurrences) as weeks from life_weeks group by stock_code
),

by_week as (
    select stock_code, week(monday) as iso_week, sum(orders) as orders, sum(units_sold) as units_sold, sum(gross) as gross
    from product_weeks
    group by stock_code, week(monday)
),

scored as (
    select
        by_week.*,
        (by_week.orders / life_weeks.occurrences) / (life.orders / life_length.weeks) as usual_index,
        life_length.weeks as life_weeks
    from by_week
    join life_weeks using (stock_code, iso_week)
    join life using (stock_code)
    join life_length using (stock_code)
),

ranked as (
    select *, 'most_orders' as ranking, row_number() over (partition by iso_week order by orders desc, gross desc, stock_code) as rank
    from scored
    union all
    select *, 'above_usual' as ranking, row_number() over (partition by iso_week order by usual_index desc, orders desc, stock_code) as rank
    from scored
    where orders >= 20 and life_weeks >= 26
)

select
    ranked.iso_week::integer             as iso_week,
    ranked.ranking::varchar              as ranking,
    ranked.rank::integer                 as rank,
    ranked.stock_code::varchar           as stock_code,
    products.description::varchar        as description,
    ranked.orders::integer               as orders,
    ranked.units_sold::integer           as units_sold,
    round(ranked.gross, 2)::double       as gross,
    round(ranked.usual_index, 2)::double as usual_index
from ranked
join products using (stock_code)
where ranked.rank <= 5
order by iso_week, ranking desc, rank
