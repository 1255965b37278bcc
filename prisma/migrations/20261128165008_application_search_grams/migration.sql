-- AlterTable
ALTER TABLE "DisclosureApplication" ADD COLUMN     "searchGrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "DisclosureApplication_searchGrams_idx" ON "DisclosureApplication" USING GIN ("searchGrams");

-- The search grams are kept by the database, so every writer (the app, imports, benchmarks) keeps them
-- right. A gram is two consecutive characters; lib/applications/search.ts builds the same grams from a
-- search term, and the list rechecks candidates with LIKE.
CREATE FUNCTION "disclosure_search_grams"(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr($1, i, 2)), ARRAY[]::text[]) FROM generate_series(1, length($1) - 1) AS i
$$;

CREATE FUNCTION "DisclosureApplication_set_search_grams"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchGrams" := "disclosure_search_grams"(NEW."regNo" || E'\n' || NEW."requestText" || E'\n' || NEW."applicantName");
  RETURN NEW;
END
$$;

CREATE TRIGGER "DisclosureApplication_search_grams"
  BEFORE INSERT OR UPDATE OF "regNo", "requestText", "applicantName" ON "DisclosureApplication"
  FOR EACH ROW EXECUTE FUNCTION "DisclosureApplication_set_search_grams"();

UPDATE "DisclosureApplication"
   SET "searchGrams" = "disclosure_search_grams"("regNo" || E'\n' || "requestText" || E'\n' || "applicantName");
