-- CreateEnum
CREATE TYPE "AgencyLevel" AS ENUM ('TOWNSHIP_GOVERNMENT', 'COUNTY_DEPARTMENT', 'COUNTY_GOVERNMENT', 'CITY_DEPARTMENT', 'CITY_GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICER', 'HEAD', 'ADMIN');

-- CreateEnum
CREATE TYPE "ApplicationChannel" AS ENUM ('IN_PERSON', 'REGISTERED_MAIL', 'ORDINARY_MAIL', 'ONLINE', 'FAX', 'OTHER');

-- CreateEnum
CREATE TYPE "ApplicantType" AS ENUM ('NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER_ORG');

-- CreateEnum
CREATE TYPE "ApplicationOutcome" AS ENUM ('GRANTED', 'PARTIALLY_GRANTED', 'DENIED_STATE_SECRET', 'DENIED_LAW_PROHIBITED', 'DENIED_THREE_SECURITIES', 'DENIED_THIRD_PARTY', 'DENIED_INTERNAL_AFFAIRS', 'DENIED_PROCESS_INFO', 'DENIED_ENFORCEMENT_FILE', 'DENIED_QUERY_MATTER', 'UNABLE_NOT_HELD', 'UNABLE_NEEDS_CREATION', 'UNABLE_STILL_UNCLEAR', 'NOT_PROCESSED_PETITION', 'NOT_PROCESSED_REPEAT', 'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_EXCESSIVE', 'NOT_PROCESSED_CONFIRMATION', 'OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID', 'OTHER');

-- CreateEnum
CREATE TYPE "ApplicationEventKind" AS ENUM ('CORRECTION_REQUESTED', 'CORRECTION_RECEIVED', 'THIRD_PARTY_CONSULTATION_STARTED', 'THIRD_PARTY_CONSULTATION_ENDED', 'ORGAN_CONSULTATION_STARTED', 'ORGAN_CONSULTATION_ENDED', 'EXTENSION_APPROVED', 'LONGER_DEADLINE_SET', 'FEE_NOTICE_SENT', 'FEE_PAID', 'REPLIED');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER_RECONSIDERATION');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('UPHELD', 'CORRECTED', 'OTHER');

-- CreateEnum
CREATE TYPE "NormativeDocumentKind" AS ENUM ('RULE', 'NORMATIVE');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('LICENSING', 'PENALTY', 'COERCION');

-- CreateEnum
CREATE TYPE "FormatVintage" AS ENUM ('V2019', 'V2021');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ReportSource" AS ENUM ('COMPILED', 'IMPORTED');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "AgencyLevel" NOT NULL,
    "parentId" INTEGER,
    "feeDecimals" INTEGER NOT NULL DEFAULT 4,
    "reportTitleName" TEXT,
    "internalDeadlineMonth" INTEGER,
    "internalDeadlineDay" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isDisclosureOffice" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "departmentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "login" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionCategory" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoSubmission" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "isoYear" INTEGER NOT NULL,
    "isoWeek" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InfoSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionPlacement" (
    "submissionId" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "adoptedOn" DATE,

    CONSTRAINT "SubmissionPlacement_pkey" PRIMARY KEY ("submissionId","outletId")
);

-- CreateTable
CREATE TABLE "DisclosureApplication" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "regNo" TEXT NOT NULL,
    "channel" "ApplicationChannel" NOT NULL,
    "submittedOn" DATE,
    "receivedOn" DATE NOT NULL,
    "applicantType" "ApplicantType" NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantContact" TEXT NOT NULL DEFAULT '',
    "requestText" TEXT NOT NULL,
    "dueOn" DATE,
    "outcome" "ApplicationOutcome",
    "repliedOn" DATE,
    "feeAmount" DECIMAL(12,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DisclosureApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationCounter" (
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApplicationCounter_pkey" PRIMARY KEY ("agencyId","year")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "kind" "ApplicationEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "untilOn" DATE,
    "amount" DECIMAL(12,2),
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCase" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "applicationId" INTEGER,
    "caseNumber" TEXT NOT NULL DEFAULT '',
    "filedOn" DATE NOT NULL,
    "outcome" "ReviewOutcome",
    "decidedOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NormativeDocument" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "kind" "NormativeDocumentKind" NOT NULL,
    "docNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "repealedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NormativeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionTally" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "count" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DecisionTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeCollection" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "amount" DECIMAL(14,2) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeeCollection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "vintage" "FormatVintage" NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "source" "ReportSource" NOT NULL DEFAULT 'COMPILED',
    "overview" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "otherMatters" TEXT NOT NULL DEFAULT '',
    "importedCells" JSONB,
    "importedText" TEXT,
    "returnComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportManualFigure" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "cellCode" TEXT NOT NULL,
    "value" DECIMAL(18,6) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportManualFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingAcknowledgement" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "cellCode" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportTransition" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "fromStatus" "ReportStatus" NOT NULL,
    "toStatus" "ReportStatus" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "byId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRevision" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "publishedById" INTEGER,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarOverride" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "agencyId" INTEGER,
    "userId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Department_agencyId_name_key" ON "Department"("agencyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE INDEX "Membership_agencyId_idx" ON "Membership"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_agencyId_key" ON "Membership"("userId", "agencyId");

-- CreateIndex
CREATE INDEX "LoginAttempt_login_createdAt_idx" ON "LoginAttempt"("login", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_agencyId_name_key" ON "Outlet"("agencyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionCategory_agencyId_name_key" ON "SubmissionCategory"("agencyId", "name");

-- CreateIndex
CREATE INDEX "InfoSubmission_agencyId_isoYear_isoWeek_idx" ON "InfoSubmission"("agencyId", "isoYear", "isoWeek");

-- CreateIndex
CREATE INDEX "InfoSubmission_agencyId_departmentId_isoYear_idx" ON "InfoSubmission"("agencyId", "departmentId", "isoYear");

-- CreateIndex
CREATE INDEX "SubmissionPlacement_outletId_idx" ON "SubmissionPlacement"("outletId");

-- CreateIndex
CREATE INDEX "DisclosureApplication_agencyId_receivedOn_idx" ON "DisclosureApplication"("agencyId", "receivedOn");

-- CreateIndex
CREATE INDEX "DisclosureApplication_agencyId_repliedOn_idx" ON "DisclosureApplication"("agencyId", "repliedOn");

-- CreateIndex
CREATE INDEX "DisclosureApplication_agencyId_departmentId_receivedOn_idx" ON "DisclosureApplication"("agencyId", "departmentId", "receivedOn");

-- CreateIndex
CREATE INDEX "DisclosureApplication_agencyId_dueOn_idx" ON "DisclosureApplication"("agencyId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureApplication_agencyId_regNo_key" ON "DisclosureApplication"("agencyId", "regNo");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_occurredOn_idx" ON "ApplicationEvent"("applicationId", "occurredOn");

-- CreateIndex
CREATE INDEX "ReviewCase_agencyId_filedOn_idx" ON "ReviewCase"("agencyId", "filedOn");

-- CreateIndex
CREATE INDEX "ReviewCase_agencyId_decidedOn_idx" ON "ReviewCase"("agencyId", "decidedOn");

-- CreateIndex
CREATE INDEX "NormativeDocument_agencyId_issuedOn_idx" ON "NormativeDocument"("agencyId", "issuedOn");

-- CreateIndex
CREATE INDEX "DecisionTally_agencyId_year_kind_idx" ON "DecisionTally"("agencyId", "year", "kind");

-- CreateIndex
CREATE INDEX "FeeCollection_agencyId_year_idx" ON "FeeCollection"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_agencyId_year_key" ON "AnnualReport"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReportManualFigure_reportId_cellCode_key" ON "ReportManualFigure"("reportId", "cellCode");

-- CreateIndex
CREATE UNIQUE INDEX "FindingAcknowledgement_reportId_ruleId_cellCode_key" ON "FindingAcknowledgement"("reportId", "ruleId", "cellCode");

-- CreateIndex
CREATE INDEX "ReportTransition_reportId_createdAt_idx" ON "ReportTransition"("reportId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRevision_reportId_number_key" ON "ReportRevision"("reportId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarOverride_agencyId_date_key" ON "CalendarOverride"("agencyId", "date");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_agencyId_createdAt_idx" ON "AuditLog"("agencyId", "createdAt");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outlet" ADD CONSTRAINT "Outlet_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionCategory" ADD CONSTRAINT "SubmissionCategory_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoSubmission" ADD CONSTRAINT "InfoSubmission_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoSubmission" ADD CONSTRAINT "InfoSubmission_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoSubmission" ADD CONSTRAINT "InfoSubmission_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "SubmissionCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionPlacement" ADD CONSTRAINT "SubmissionPlacement_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "InfoSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionPlacement" ADD CONSTRAINT "SubmissionPlacement_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureApplication" ADD CONSTRAINT "DisclosureApplication_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureApplication" ADD CONSTRAINT "DisclosureApplication_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationCounter" ADD CONSTRAINT "ApplicationCounter_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "DisclosureApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCase" ADD CONSTRAINT "ReviewCase_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCase" ADD CONSTRAINT "ReviewCase_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCase" ADD CONSTRAINT "ReviewCase_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "DisclosureApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NormativeDocument" ADD CONSTRAINT "NormativeDocument_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NormativeDocument" ADD CONSTRAINT "NormativeDocument_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionTally" ADD CONSTRAINT "DecisionTally_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionTally" ADD CONSTRAINT "DecisionTally_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeCollection" ADD CONSTRAINT "FeeCollection_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeCollection" ADD CONSTRAINT "FeeCollection_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportManualFigure" ADD CONSTRAINT "ReportManualFigure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingAcknowledgement" ADD CONSTRAINT "FindingAcknowledgement_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTransition" ADD CONSTRAINT "ReportTransition_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRevision" ADD CONSTRAINT "ReportRevision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarOverride" ADD CONSTRAINT "CalendarOverride_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
