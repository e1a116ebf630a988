-- ledger_lines: one row per raw line of every drop, with the one ledger rule it falls under.
-- Rules are tried in the priority order of seeds/ledger_rules.csv; the first that matches wins,
-- so every raw line lands in exactly one bucket. amount = quantity × unit price (null when
-- either cannot be read, or when the line is out of range: it is compared in double first, as
-- DuckDB's DECIMAL(18) product of a huge line would abort the whole build). Dates out of the
-- drop's plausible window (stg_drops) are date_out_of_range; a quantity beyond ±1,000,000 or an
-- amount beyond ±100,000,000 on one line is amount_out_of_range (12× and 600× the largest real
-- lines: 80,995 units, 168,469.60), which also keeps every sum far from overflowing.
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
)

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
    end::varchar as rule
from numbered
left join invoice_owner using (invoice)
left join code_rule using (stock_code)
