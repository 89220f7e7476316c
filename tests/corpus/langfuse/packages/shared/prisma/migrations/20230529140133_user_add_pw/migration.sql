-- AlterTable
ALTER TABLE "User" ADD COLUMN     "password" TEXT;
