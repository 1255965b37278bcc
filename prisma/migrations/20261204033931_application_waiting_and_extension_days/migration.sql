-- AlterEnum: the type is recreated rather than extended with ALTER TYPE … ADD VALUE, because PostgreSQL refuses a
-- value added in the same transaction as a row that uses it, and db:restore rebuilds the schema from the
-- migrations and loads the rows in one transaction.
ALTER TYPE "ApplicationEventKind" RENAME TO "ApplicationEventKind_old";
CREATE TYPE "ApplicationEventKind" AS ENUM ('CORRECTION_REQUESTED', 'CORRECTION_RECEIVED', 'THIRD_PARTY_CONSULTATION_STARTED', 'THIRD_PARTY_CONSULTATION_ENDED', 'ORGAN_CONSULTATION_STARTED', 'ORGAN_CONSULTATION_ENDED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'LONGER_DEADLINE_SET', 'FEE_NOTICE_SENT', 'FEE_PAID', 'REPLIED');
ALTER TABLE "ApplicationEvent" ALTER COLUMN "kind" TYPE "ApplicationEventKind" USING ("kind"::text::"ApplicationEventKind");
DROP TYPE "ApplicationEventKind_old";

-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN     "workingDays" INTEGER;

-- AlterTable
ALTER TABLE "DisclosureApplication" ADD COLUMN     "waitingUntil" DATE;
