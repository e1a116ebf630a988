-- category_sequences: one row per rule A → B between product categories (A = B included) that at least min_sequence_customers customers followed before the split: a basket with A, then on a later day one with B.
-- The split: training = baskets up to train_until, sequence_test_months months before the last
-- day; test = the baskets after it (test_from … test_to). In training, repeat customers = those
-- who bought on two or more days; train_customers_with_antecedent = repeat customers who bought
-- A on a day before their last one; train_customers_then_consequent = of those, the ones who
-- bought B on a later day than A; train_confidence = then ÷ with; train_base_rate = share of
-- repeat customers who bought B on a day after their first; train_lift = confidence ÷ base
-- rate (1 = B follows A no more often than it follows any purchase), rules kept above 1. The held-out check: test
-- customers = those who bought before and after the split; test_customers_with_antecedent =
-- those who bought A before it; then_consequent = of those, the ones who bought B after it;
-- test_base_rate = share of test customers who bought B after it; test_lift = test_confidence ÷
-- test_base_rate (null when no test customer bought A). Strongest training lift first.
with days as (
    select distinct items.customer_id, items.invoice_date as day, categories.category
    from int_basket_items as items
    join int_basket_item_categories as categories using (item_id)
    where items.customer_id is not null
),

bounds as (
    select (max(day) - to_months({{sequence_test_months}}))::date as train_until, max(day) as test_to from days
),

train as (
    select days.* from days, bounds where days.day <= bounds.train_until
),

test as (
    select days.* from days, bounds where days.day > bounds.train_until
),

repeaters as (
    select customer_id, min(day) as first_day, max(day) as last_day
    from train
    group by customer_id
    having min(day) < max(day)
),

train_with as (
    select train.category, count(distinct customer_id) as customers
    from train join repeaters using (customer_id)
    where train.day < repeaters.last_day
    group by train.category
),

train_later as (
    select train.category, count(distinct customer_id) as customers
    from train join repeaters using (customer_id)
    where train.day > repeaters.first_day
    group by train.category
),

train_then as (
    select a.category as antecedent, b.category as consequent, count(distinct a.customer_id) as customers
    from train as a
    join train as b on b.customer_id = a.customer_id and b.day > a.day
    group by a.category, b.category
    having count(distinct a.customer_id) >= {{min_sequence_customers}}
),

test_customers as (
    select distinct customer_id from train where customer_id in (select customer_id from test)
),

test_before as (
    select distinct category, customer_id from train where customer_id in (select customer_id from test_customers)
),

test_after as (
    select distinct category, customer_id from test where customer_id in (select customer_id from test_customers)
),

test_with as (
    select category, count(*) as customers from test_before group by category
),

test_later as (
    select category, count(*) as customers from test_after group by category
),

test_then as (
    select a.category as antecedent, b.category as consequent, count(*) as customers
    from test_before as a
    join test_after as b using (customer_id)
    group by a.category, b.category
),

measured as (
    select
        train_then.antecedent,
        train_then.consequent,
        (select count(*) from repeaters)                                            as train_repeat_customers,
        train_with.customers                                                        as train_customers_with_antecedent,
        train_then.customers                                                        as train_customers_then_consequent,
        train_then.customers / train_with.customers                                 as train_confidence,
        train_later.customers / (select count(*) from repeaters)                    as train_base_rate,
        (select count(*) from test_customers)                                       as test_customers,
        coalesce(test_with.customers, 0)                                            as test_customers_with_antecedent,
        coalesce(test_then.customers, 0)                                            as test_customers_then_consequent,
        coalesce(test_then.customers, 0) / nullif(test_with.customers, 0)           as test_confidence,
        coalesce(test_later.customers, 0) / nullif((select count(*) from test_customers), 0) as test_base_rate
    from train_then
    join train_with on train_with.category = train_then.antecedent
    join train_later on train_later.category = train_then.consequent
    left join test_with on test_with.category = train_then.antecedent
    left join test_later on test_later.category = train_then.consequent
    left join test_then on test_then.antecedent = train_then.antecedent and test_then.consequent = train_then.consequent
)

select
    row_number() over (order by train_confidence / train_base_rate desc, antecedent, consequent)::integer as rank,
    antecedent::varchar                                                         as antecedent,
    consequent::varchar                                                         as consequent,
    train_repeat_customers::integer                                             as train_repeat_customers,
    train_customers_with_antecedent::integer                                    as train_customers_with_antecedent,
    train_customers_then_consequent::integer                                    as train_customers_then_consequent,
    round(train_confidence, 4)::double                                          as train_confidence,
    round(train_base_rate, 4)::double                                           as train_base_rate,
    round(train_confidence / train_base_rate, 4)::double                        as train_lift,
    test_customers::integer                                                     as test_customers,
    test_customers_with_antecedent::integer                                     as test_customers_with_antecedent,
    test_customers_then_consequent::integer                                     as test_customers_then_consequent,
    round(test_confidence, 4)::double                                           as test_confidence,
    round(coalesce(test_base_rate, 0), 4)::double                               as test_base_rate,
    round(test_confidence / nullif(test_base_rate, 0), 4)::double               as test_lift,
    strftime(bounds.train_until, '%Y-%m-%d')::varchar                          as train_until,
    strftime(bounds.train_until + 1, '%Y-%m-%d')::varchar                      as test_from,
    strftime(bounds.test_to, '%Y-%m-%d')::varchar                              as test_to
from measured, bounds
where train_confidence > train_base_rate
order by rank
