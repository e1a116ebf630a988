-- review_scores_monthly: one row per calendar month of the review creation date.
-- reviews = review lines created that month; avg_score = mean score (1–5); share_bad = share
-- of scores 1 or 2; share_good = share of scores 4 or 5. Reviews without a creation date are
-- not placed in a month.
with reviews as (
    select * from stg_olist_order_reviews where created_at is not null and review_score is not null
)

select
    strftime(created_at, '%Y-%m')::varchar                                     as month,
    count(*)::integer                                                          as reviews,
    round(avg(review_score), 4)::double                                        as avg_score,
    round(count(*) filter (where review_score <= 2) / count(*), 4)::double    as share_bad,
    round(count(*) filter (where review_score >= 4) / count(*), 4)::double    as share_good
from reviews
group by month
order by month
