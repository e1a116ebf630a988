-- olist_ledger_buckets: one row per Olist ledger rule (every rule listed, also those with no
-- rows). rows = raw lines in the bucket; revenue = Σ item price of those lines (BRL).
with rules as (
    select * from seed_marketplace_ledger_rules
),

counted as (
    select rule, count(*) as rows, sum(revenue) as revenue
    from olist_ledger_lines
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
