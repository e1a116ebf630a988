-- stg_olist_order_reviews: one row per review line (a review_id can cover several orders).
-- Rename and cast only. The comment columns are not read: satisfaction comes from the score.
with source as (
    select * from {{order_reviews}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(review_id), '')::varchar                                   as review_id,
    nullif(trim(order_id), '')::varchar                                    as order_id,
    try_cast(review_score as integer)                                      as review_score,
    try_cast(review_creation_date as timestamp)                            as created_at,
    try_cast(review_answer_timestamp as timestamp)                         as answered_at
from source
