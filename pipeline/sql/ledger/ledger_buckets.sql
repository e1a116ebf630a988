-- ledger_buckets: one row per ledger rule (every rule listed, also those with no rows).
-- rows = raw lines in the bucket; revenue = Σ quantity × unit price of those lines (lines
-- whose amount cannot be read count as 0), in the dataset currency, rounded to 2 decimals.
with rules as (
    select * from seed_ledger_rules
),

ledger as (
    select * from ledger_lines
),

counted as (
    select rule, count(*) as rows, coalesce(sum(amount), 0) as revenue
    from ledger
    group by rule
)

select
    rules.rule::varchar                                   as rule,
    rules.kind::varchar                                   as kind,
    rules.rule_group::varchar                             as "group",
    coalesce(counted.rows, 0)::integer                    as rows,
    round(coalesce(counted.revenue, 0), 2)::double        as revenue,
    rules.description::varchar                            as description
from rules
left join counted using (rule)
order by rules.priority
