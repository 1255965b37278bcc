-- The COUNTY role (督查). The enum is rebuilt rather than extended with ALTER TYPE … ADD VALUE: a value added
-- that way cannot be used in the transaction that adds it, and db:restore rebuilds the schema from the
-- migrations and loads the rows in one transaction (a backup holding a COUNTY membership would not restore).
ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM ('OFFICER', 'HEAD', 'ADMIN', 'COUNTY');
ALTER TABLE "Membership" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");
DROP TYPE "Role_old";
