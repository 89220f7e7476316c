-- Queries of umami (https://github.com/umami-software/umami @ c0ea3aef), PostgreSQL branch
-- (`relationalQuery`) of src/queries/sql/*, transcribed with umami's {{name}} parameters as $n
-- and its helpers (getTimestampDiffSQL, pagedRawQuery's LIMIT/OFFSET) expanded; no optional filter.

-- src/queries/sql/getActiveVisitors.ts
select count(distinct session_id) as "visitors"
from website_event
where website_id = $1::uuid
and created_at >= $2;

-- src/queries/sql/getWebsiteDateRange.ts
select
  min(created_at) as "startDate",
  max(created_at) as "endDate"
from website_event
where website_id = $1::uuid
  and created_at >= $2;

-- src/queries/sql/getWebsiteStats.ts
select
  cast(coalesce(sum(t.c), 0) as bigint) as "pageviews",
  count(distinct t.session_id) as "visitors",
  count(distinct t.visit_id) as "visits",
  coalesce(sum(case when t.c = 1 then 1 else 0 end), 0) as "bounces",
  cast(coalesce(sum(floor(extract(epoch from (t.max_time - t.min_time)))), 0) as bigint) as "totaltime"
from (
  select
    website_event.session_id,
    website_event.visit_id,
    count(*) as "c",
    min(website_event.created_at) as "min_time",
    max(website_event.created_at) as "max_time"
  from website_event
  where website_event.website_id = $1::uuid
    and website_event.created_at between $2 and $3
    and website_event.event_type NOT IN (2, 5)
  group by 1, 2
) as t;

-- src/queries/sql/events/getWebsiteEvents.ts (search filter on, first page of pagedRawQuery)
select
  website_event.event_id as "id",
  website_event.website_id as "websiteId",
  website_event.session_id as "sessionId",
  website_event.created_at as "createdAt",
  website_event.hostname,
  website_event.url_path as "urlPath",
  session.country as country,
  city as city,
  device as device,
  os as os,
  browser as browser,
  page_title as "pageTitle",
  website_event.event_type as "eventType",
  website_event.event_name as "eventName",
  event_id IN (select website_event_id
               from event_data
               where website_id = $1::uuid
                  and created_at between $2 and $3) AS "hasData"
from website_event
join session on session.session_id = website_event.session_id
  and session.website_id = website_event.website_id
where website_event.website_id = $1::uuid
  and website_event.created_at between $2 and $3
  and ((event_name ilike $4 and event_type = 2)
       or (url_path ilike $4 and event_type = 1))
order by website_event.created_at desc
limit 20 offset 0;
