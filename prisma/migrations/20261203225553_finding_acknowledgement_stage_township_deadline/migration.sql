/*
  Warnings:

  - A unique constraint covering the columns `[reportId,ruleId,cellCode,stage]` on the table `FindingAcknowledgement` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "AcknowledgementStage" AS ENUM ('PREPARER', 'REVIEWER');

-- DropIndex
DROP INDEX "FindingAcknowledgement_reportId_ruleId_cellCode_key";

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "townshipReportDeadlineDay" INTEGER,
ADD COLUMN     "townshipReportDeadlineMonth" INTEGER;

-- AlterTable
ALTER TABLE "FindingAcknowledgement" ADD COLUMN     "stage" "AcknowledgementStage" NOT NULL DEFAULT 'PREPARER';

-- CreateIndex
CREATE UNIQUE INDEX "FindingAcknowledgement_reportId_ruleId_cellCode_stage_key" ON "FindingAcknowledgement"("reportId", "ruleId", "cellCode", "stage");
