-- ledger_buckets: one row per ledger rule (every rule listed, also those with no rows).
-- rows = raw lines in the bucket; revenue = Σ amount of those lines (quantity × unit price for
-- sales lines, the item price for marketplace items; 0 where it cannot be read or the table
-- carries no money), in the dataset currency, rounded to 2 decimals; the rule's explanation in
-- English and French. {{rules}} and {{ledger}}
-- name the seed and the ledger table of the dataset's kind.
with rules as (
    select * from {{rules}}
),

ledger as (
    select * from {{ledger}}
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
    rules.description::varchar                            as description,
    rules.description_fr::varchar                         as description_fr
from rules
left join counted using (rule)
order by rules.priority
