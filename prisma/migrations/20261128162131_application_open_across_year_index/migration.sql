-- CreateIndex
CREATE INDEX "DisclosureApplication_agencyId_repliedOn_receivedOn_applica_idx" ON "DisclosureApplication"("agencyId", "repliedOn", "receivedOn", "applicantType");
