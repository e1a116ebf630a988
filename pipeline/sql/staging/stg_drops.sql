-- stg_drops: one row per drop, ranked newest first. The newest drop is the one whose last
-- invoice date is latest (ties: the later drop name); its invoices win over older copies.
-- Plausible dates: the drop's main body is the median of its readable invoice dates, and a date
-- is plausible from 3653 days (10 years) before it to 3653 days after it, and within
-- [1970-01-01, 2100-01-01) in any case; the ledger rule date_out_of_range takes the others
-- (a typo such as 2099 or 0001 would otherwise stretch every calendar to its span). first_ts,
-- last_ts and the rank read only plausible dates, so one bad date cannot make a drop "newest".
with manifest as (
    select * from drop_manifest
),

lines as (
    select * from stg_invoice_lines
),

bodies as (
    select drop_id, quantile_disc(invoice_ts, 0.5) as median_ts
    from lines
    where invoice_ts is not null
    group by drop_id
),

windows as (
    select
        drop_id,
        greatest(median_ts - interval 3653 day, timestamp '1970-01-01') as window_from,
        least(median_ts + interval 3653 day, timestamp '2100-01-01')    as window_to
    from bodies
),

spans as (
    select lines.drop_id, min(lines.invoice_ts) as first_ts, max(lines.invoice_ts) as last_ts
    from lines
    join windows using (drop_id)
    where lines.invoice_ts >= windows.window_from and lines.invoice_ts < windows.window_to
    group by lines.drop_id
)

select
    manifest.drop_id::varchar                                      as drop_id,
    spans.first_ts::timestamp                                      as first_ts,
    spans.last_ts::timestamp                                       as last_ts,
    row_number() over (order by spans.last_ts desc nulls last, manifest.drop_id desc)::integer as drop_rank,
    windows.window_from::timestamp                                 as window_from,
    windows.window_to::timestamp                                   as window_to
from manifest
left join windows using (drop_id)
left join spans using (drop_id)
order by drop_rank
