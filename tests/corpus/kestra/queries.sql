-- Queries of Kestra (https://github.com/kestra-io/kestra @ 58c1ca2d), jOOQ queries transcribed as
-- jOOQ renders them for PostgreSQL ($n parameters); tenant_id is NULL in the open-source edition.

-- jdbc-postgres/.../runner/postgres/PostgresQueue.java receiveFetch (a consumer polling its queue)
select "value", "offset" from queues
where type = CAST($1 AS queue_type) and "consumer_executor" = false and "consumer_group" is null
order by "offset" asc
limit 100
for update skip locked;

-- jdbc/.../repository/AbstractJdbcLogRepository.java findByExecutionId (min level INFO)
select "value" from logs
where "deleted" = false and "tenant_id" is null and "execution_id" = $1
  and "level" in ('INFO', 'WARN', 'ERROR')
order by "timestamp" asc;

-- jdbc/.../repository/AbstractJdbcExecutionRepository.java find (executions of a flow, newest first)
select "value" from executions
where "deleted" = false and "tenant_id" is null and "namespace" = $1 and "flow_id" = $2
order by "start_date" desc
limit 25 offset 0;

-- jdbc/.../repository/AbstractJdbcExecutionRepository.java find (full-text search box,
-- PostgresRepository.java:52 FULLTEXT_SEARCH)
select "value" from executions
where "deleted" = false and "tenant_id" is null and "fulltext" @@ FULLTEXT_SEARCH($1)
order by "start_date" desc
limit 25 offset 0;

-- jdbc/.../repository/AbstractJdbcTriggerRepository.java:131 (triggers due for evaluation)
select "value" from triggers
where ("next_execution_date" < $1 or "next_execution_date" is null)
order by "next_execution_date" asc;
