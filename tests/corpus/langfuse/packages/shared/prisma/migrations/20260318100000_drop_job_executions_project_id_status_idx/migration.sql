-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "job_executions_project_id_status_idx";
