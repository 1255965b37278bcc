-- AlterEnum
ALTER TYPE "ApplicationEventKind" ADD VALUE 'EXTENSION_REQUESTED';

-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN     "workingDays" INTEGER;

-- AlterTable
ALTER TABLE "DisclosureApplication" ADD COLUMN     "waitingUntil" DATE;
