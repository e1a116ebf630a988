-- ledger_lines: one row per raw line of every drop, with the one ledger rule it falls under.
-- Rules are tried in the priority order of seeds/ledger_rules.csv; the first that matches wins,
-- so every raw line lands in exactly one bucket. amount = quantity × unit price (null when
-- either cannot be read, or when the line is out of range: it is compared in double first, as
-- DuckDB's DECIMAL(18) product of a huge line would abort the whole build). Dates out of the
-- drop's plausible window (stg_drops) are date_out_of_range; a quantity beyond ±1,000,000 or an
-- amount beyond ±100,000,000 on one line is amount_out_of_range (12× and 600× the largest real
-- lines: 80,995 units, 168,469.60), which also keeps every sum far from overflowing.
-- Stock codes are compared in upper case on kept lines (`85123a` is `85123A`): the exports mostly
-- write them so; a kept line whose code the file writes otherwise is kept_code_case_folded, with
-- the file's text in the ledger examples. Non-product codes still match as written (`m`).
-- An order-entry reversal is a kept cancellation line that undoes a kept sale line of the same
-- customer, (folded) stock code, quantity and unit price, at most 60 minutes after it: both lines
-- are left out (reversed_sale, reversed_cancellation), as nothing was delivered or sent back. On
-- the UK exports 60 minutes is where the run of such matches ends (most come within 50 minutes;
-- a return of delivered goods comes days or weeks later). Each line is in one pair at most: a
-- cancellation takes the latest such sale before it, and a sale taken twice keeps the earlier
-- cancellation (ties by drop and line).
with lines as (
    select * from stg_invoice_lines
),

drops as (
    select * from stg_drops
),

non_product_codes as (
    select * from seed_non_product_codes
),

rules as (
    select * from seed_ledger_rules
),

invoice_owner as (
    -- the newest drop that holds each invoice number
    select lines.invoice, min(drops.drop_rank) as owner_rank
    from lines
    join drops using (drop_id)
    where lines.invoice is not null
    group by lines.invoice
),

code_rule as (
    -- at most one non-product rule per stock code (the highest-priority pattern that matches)
    select codes.stock_code, min_by(non_product_codes.rule, rules.priority) as rule
    from (select distinct stock_code from lines where stock_code is not null) as codes
    join non_product_codes
      on (non_product_codes.match = 'exact' and codes.stock_code = non_product_codes.code)
      or (non_product_codes.match = 'prefix' and starts_with(codes.stock_code, non_product_codes.code))
    join rules on rules.rule = non_product_codes.rule
    group by codes.stock_code
),

numbered as (
    select
        lines.*,
        drops.drop_rank,
        drops.window_from,
        drops.window_to,
        -- exact copies compare the read values (text `2.5` and `2.50` are the same price);
        -- lines whose values cannot be read are caught by invalid_value first
        row_number() over (
            partition by lines.drop_id, lines.invoice, lines.stock_code, lines.description,
                lines.quantity, lines.price, lines.invoice_ts, lines.customer_id, lines.country
            order by lines.source_line
        ) as copy_no,
        abs(lines.quantity) > 1000000
            or abs(lines.quantity::double * lines.price::double) > 100000000 as amount_out_of_range
    from lines
    join drops using (drop_id)
),

ruled as (
    select
        numbered.* exclude (window_from, window_to, amount_out_of_range),
        case when not numbered.amount_out_of_range
             then (numbered.quantity * numbered.price)::decimal(18, 3) end as amount,
        case
            when numbered.invoice is null or numbered.stock_code is null or numbered.quantity is null
                or numbered.price is null or numbered.invoice_ts is null then 'invalid_value'
            when numbered.invoice_ts < numbered.window_from or numbered.invoice_ts >= numbered.window_to then 'date_out_of_range'
            when numbered.amount_out_of_range then 'amount_out_of_range'
            when numbered.drop_rank > invoice_owner.owner_rank then 'superseded_by_newer_drop'
            when numbered.copy_no > 1 then 'duplicate_line'
            when code_rule.rule is not null then code_rule.rule
            when numbered.description is null then 'missing_description'
            when numbered.price <= 0 then 'zero_or_negative_price'
            when numbered.quantity < 0 and not starts_with(numbered.invoice, 'C') then 'negative_quantity_outside_cancellation'
            when numbered.quantity > 0 and starts_with(numbered.invoice, 'C') then 'positive_quantity_in_cancellation'
            when numbered.quantity = 0 then 'zero_quantity'
            when starts_with(numbered.invoice, 'C') then 'kept_return_line'
            else 'kept_sale_line'
        end::varchar as base_rule
    from numbered
    left join invoice_owner using (invoice)
    left join code_rule using (stock_code)
),

kept as (
    select drop_id, source_line, base_rule, upper(stock_code) as code, customer_id, quantity, price, invoice_ts
    from ruled
    where base_rule in ('kept_sale_line', 'kept_return_line')
),

candidates as (
    select
        cancels.drop_id as cancel_drop, cancels.source_line as cancel_line, cancels.invoice_ts as cancel_ts,
        sales.drop_id as sale_drop, sales.source_line as sale_line, sales.invoice_ts as sale_ts
    from kept as cancels
    join kept as sales
      on sales.customer_id = cancels.customer_id and sales.code = cancels.code
     and sales.quantity = -cancels.quantity and sales.price = cancels.price
     and sales.invoice_ts <= cancels.invoice_ts and cancels.invoice_ts <= sales.invoice_ts + interval 60 minute
    where cancels.base_rule = 'kept_return_line' and sales.base_rule = 'kept_sale_line'
),

nearest_sale as (
    select * from candidates
    qualify row_number() over (partition by cancel_drop, cancel_line order by sale_ts desc, sale_drop, sale_line) = 1
),

reversals as (
    select * from nearest_sale
    qualify row_number() over (partition by sale_drop, sale_line order by cancel_ts, cancel_drop, cancel_line) = 1
),

reversal_lines as (
    select cancel_drop as drop_id, cancel_line as source_line, 'reversed_cancellation' as reversal from reversals
    union all
    select sale_drop, sale_line, 'reversed_sale' from reversals
)

select
    ruled.* exclude (base_rule, stock_code),
    case when ruled.base_rule in ('kept_sale_line', 'kept_return_line') then upper(ruled.stock_code)
         else ruled.stock_code end::varchar as stock_code,
    case
        when reversal_lines.reversal is not null then reversal_lines.reversal
        when ruled.base_rule in ('kept_sale_line', 'kept_return_line') and ruled.stock_code <> upper(ruled.stock_code)
            then 'kept_code_case_folded'
        else ruled.base_rule
    end::varchar as rule
from ruled
left join reversal_lines using (drop_id, source_line)
