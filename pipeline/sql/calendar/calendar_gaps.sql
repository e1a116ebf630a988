-- calendar_gaps: one row per gap in the export, a run of consecutive days without a sale too long to be a closure.
-- gap_start and gap_end are the first and last day without a sale; days = their number. A run
-- counts as a gap when it lasts at least gap_days days (set per dataset kind: longer than the
-- longest break the business really takes, so a gap is missing data, not a closure); within the
-- first and last gap_days days of the period half as long a run counts (an export thins out
-- where it starts and stops). Months and
-- weeks that touch a gap are not "complete", so they never enter a year-on-year comparison.
with gaps as (
    select * from int_calendar_gaps
)

select
    strftime(gap_start, '%Y-%m-%d')::varchar as gap_start,
    strftime(gap_end, '%Y-%m-%d')::varchar   as gap_end,
    days::integer                            as days
from gaps
order by gap_start
