-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN     "job_input_dataset_item_valid_from" TIMESTAMP(3);
