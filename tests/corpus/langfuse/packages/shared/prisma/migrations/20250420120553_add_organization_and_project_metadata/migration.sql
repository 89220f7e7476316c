-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "metadata" JSONB;

-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "metadata" JSONB;
