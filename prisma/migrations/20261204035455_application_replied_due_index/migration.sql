-- DropIndex
DROP INDEX "DisclosureApplication_agencyId_repliedOn_idx";

-- CreateIndex
CREATE INDEX "DisclosureApplication_agencyId_repliedOn_dueOn_idx" ON "DisclosureApplication"("agencyId", "repliedOn", "dueOn");
