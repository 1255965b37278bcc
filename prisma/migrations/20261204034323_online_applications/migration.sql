-- CreateEnum
CREATE TYPE "OnlineApplicationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'SET_ASIDE');

-- CreateTable
CREATE TABLE "OnlineApplication" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "status" "OnlineApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "applicantKind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idType" TEXT NOT NULL DEFAULT '',
    "idNumber" TEXT NOT NULL DEFAULT '',
    "creditCode" TEXT NOT NULL DEFAULT '',
    "legalRepresentative" TEXT NOT NULL DEFAULT '',
    "contactPerson" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL,
    "postcode" TEXT NOT NULL DEFAULT '',
    "requestText" TEXT NOT NULL,
    "deliveryMethod" TEXT NOT NULL,
    "medium" TEXT NOT NULL,
    "submittedOn" DATE NOT NULL,
    "applicationId" INTEGER,
    "setAsideReason" TEXT NOT NULL DEFAULT '',
    "decidedOn" DATE,
    "decidedById" INTEGER,
    "correctionRequest" TEXT NOT NULL DEFAULT '',
    "correctionDueOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnlineApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnlineAttachment" (
    "id" SERIAL NOT NULL,
    "onlineApplicationId" INTEGER NOT NULL,
    "correctionId" INTEGER,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnlineAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnlineCorrection" (
    "id" SERIAL NOT NULL,
    "onlineApplicationId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "receivedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnlineCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyLetter" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "drafted" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicAttempt" (
    "id" SERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsedChallenge" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsedChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureGuide" (
    "id" SERIAL NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "officeName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" TEXT NOT NULL DEFAULT '',
    "hours" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "fax" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "publishedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisclosureGuide_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OnlineApplication_number_key" ON "OnlineApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "OnlineApplication_applicationId_key" ON "OnlineApplication"("applicationId");

-- CreateIndex
CREATE INDEX "OnlineApplication_agencyId_status_createdAt_idx" ON "OnlineApplication"("agencyId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OnlineAttachment_onlineApplicationId_idx" ON "OnlineAttachment"("onlineApplicationId");

-- CreateIndex
CREATE INDEX "OnlineCorrection_onlineApplicationId_idx" ON "OnlineCorrection"("onlineApplicationId");

-- CreateIndex
CREATE INDEX "ReplyLetter_applicationId_createdAt_idx" ON "ReplyLetter"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "PublicAttempt_bucket_key_createdAt_idx" ON "PublicAttempt"("bucket", "key", "createdAt");

-- CreateIndex
CREATE INDEX "UsedChallenge_createdAt_idx" ON "UsedChallenge"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureGuide_agencyId_version_key" ON "DisclosureGuide"("agencyId", "version");

-- AddForeignKey
ALTER TABLE "OnlineApplication" ADD CONSTRAINT "OnlineApplication_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineApplication" ADD CONSTRAINT "OnlineApplication_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "DisclosureApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineAttachment" ADD CONSTRAINT "OnlineAttachment_onlineApplicationId_fkey" FOREIGN KEY ("onlineApplicationId") REFERENCES "OnlineApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineAttachment" ADD CONSTRAINT "OnlineAttachment_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "OnlineCorrection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineCorrection" ADD CONSTRAINT "OnlineCorrection_onlineApplicationId_fkey" FOREIGN KEY ("onlineApplicationId") REFERENCES "OnlineApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyLetter" ADD CONSTRAINT "ReplyLetter_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "DisclosureApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureGuide" ADD CONSTRAINT "DisclosureGuide_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
