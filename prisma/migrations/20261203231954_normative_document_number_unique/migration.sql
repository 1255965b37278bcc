-- One 文号 is one document (table 二 would count a document registered twice twice).
-- A database may already hold duplicates: the later registrations keep their row, marked in their
-- 文号 so that the office finds and resolves them, instead of this migration failing.
UPDATE "NormativeDocument" AS d
   SET "docNumber" = d."docNumber" || '（重复登记 #' || d."id" || '）'
 WHERE EXISTS (
   SELECT 1 FROM "NormativeDocument" AS e
    WHERE e."agencyId" = d."agencyId" AND e."docNumber" = d."docNumber" AND e."id" < d."id"
 );

-- CreateIndex
CREATE UNIQUE INDEX "NormativeDocument_agencyId_docNumber_key" ON "NormativeDocument"("agencyId", "docNumber");
