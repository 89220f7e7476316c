-- DropIndex
DROP INDEX CONCURRENTLY "dataset_runs_dataset_id_name_key";