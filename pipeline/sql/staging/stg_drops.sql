-- stg_drops: one row per drop, ranked newest first. The newest drop is the one whose last
-- invoice date is latest (ties: the later drop name); its invoices win over older copies.
with manifest as (
    select * from drop_manifest
),

lines as (
    select * from stg_invoice_lines
),

spans as (
    select drop_id, min(invoice_ts) as first_ts, max(invoice_ts) as last_ts
    from lines
    group by drop_id
)

select
    manifest.drop_id::varchar                                      as drop_id,
    spans.first_ts::timestamp                                      as first_ts,
    spans.last_ts::timestamp                                       as last_ts,
    row_number() over (order by spans.last_ts desc nulls last, manifest.drop_id desc)::integer as drop_rank
from manifest
left join spans using (drop_id)
order by drop_rank
