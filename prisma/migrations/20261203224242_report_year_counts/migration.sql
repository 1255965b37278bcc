-- CreateTable
CREATE TABLE "ApplicationYearCount" (
    "agencyId" INTEGER NOT NULL,
    "receivedYear" INTEGER NOT NULL,
    "repliedYear" INTEGER NOT NULL,
    "applicantType" "ApplicantType" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ApplicationYearCount_pkey" PRIMARY KEY ("agencyId","receivedYear","repliedYear","applicantType")
);

-- CreateTable
CREATE TABLE "ApplicationOutcomeCount" (
    "agencyId" INTEGER NOT NULL,
    "repliedYear" INTEGER NOT NULL,
    "applicantType" "ApplicantType" NOT NULL,
    "outcome" "ApplicationOutcome" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ApplicationOutcomeCount_pkey" PRIMARY KEY ("agencyId","repliedYear","applicantType","outcome")
);

-- CreateTable
CREATE TABLE "ReviewYearCount" (
    "agencyId" INTEGER NOT NULL,
    "filedYear" INTEGER NOT NULL,
    "decidedYear" INTEGER NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReviewYearCount_pkey" PRIMARY KEY ("agencyId","filedYear","decidedYear","kind")
);

-- CreateTable
CREATE TABLE "ReviewOutcomeCount" (
    "agencyId" INTEGER NOT NULL,
    "decidedYear" INTEGER NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReviewOutcomeCount_pkey" PRIMARY KEY ("agencyId","decidedYear","kind","outcome")
);

-- AddForeignKey
ALTER TABLE "ApplicationYearCount" ADD CONSTRAINT "ApplicationYearCount_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationOutcomeCount" ADD CONSTRAINT "ApplicationOutcomeCount_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewYearCount" ADD CONSTRAINT "ReviewYearCount_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOutcomeCount" ADD CONSTRAINT "ReviewOutcomeCount_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The year counts are kept by the database (docs/decisions/0010-report-counts-kept-by-the-database.md), so
-- every writer keeps them exact in its own transaction: the app, imports, seeds and SQL typed by hand.
-- After each statement that inserts, updates or deletes records, a trigger adds the statement's change:
-- -1 for every row as it was and +1 for every row as it is, summed per counted key, so a statement that
-- changes no counted column (a new due date, an edited request) writes nothing. Keys are upserted in key
-- order, so that concurrent statements take the count rows' locks in one order. Rows falling to 0 stay.
-- Static SQL (one statement per event), so that each connection plans it once: about 0.15 ms per
-- statement of a single record, where building the statement as text took 0.55 ms.

CREATE FUNCTION "DisclosureApplication_count_years"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- The three branches differ only in the rows they read (a trigger has the transition tables of its event).
  IF TG_OP = 'INSERT' THEN
    WITH changed AS (SELECT "agencyId", "applicantType", "receivedOn", "repliedOn", "outcome", 1 AS delta FROM new_rows),
         years AS (
           INSERT INTO "ApplicationYearCount" AS c ("agencyId", "receivedYear", "repliedYear", "applicantType", "count")
           SELECT "agencyId", extract(year FROM "receivedOn")::int, coalesce(extract(year FROM "repliedOn")::int, 0),
                  "applicantType", sum(delta)
             FROM changed
            GROUP BY 1, 2, 3, 4
           HAVING sum(delta) <> 0
            ORDER BY 1, 2, 3, 4
               ON CONFLICT ("agencyId", "receivedYear", "repliedYear", "applicantType")
               DO UPDATE SET "count" = c."count" + excluded."count")
    INSERT INTO "ApplicationOutcomeCount" AS c ("agencyId", "repliedYear", "applicantType", "outcome", "count")
    SELECT "agencyId", extract(year FROM "repliedOn")::int, "applicantType", "outcome", sum(delta)
      FROM changed
     WHERE "repliedOn" IS NOT NULL AND "outcome" IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(delta) <> 0
     ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "repliedYear", "applicantType", "outcome")
        DO UPDATE SET "count" = c."count" + excluded."count";
  ELSIF TG_OP = 'UPDATE' THEN
    WITH changed AS (SELECT "agencyId", "applicantType", "receivedOn", "repliedOn", "outcome", -1 AS delta FROM old_rows
                     UNION ALL
                     SELECT "agencyId", "applicantType", "receivedOn", "repliedOn", "outcome", 1 FROM new_rows),
         years AS (
           INSERT INTO "ApplicationYearCount" AS c ("agencyId", "receivedYear", "repliedYear", "applicantType", "count")
           SELECT "agencyId", extract(year FROM "receivedOn")::int, coalesce(extract(year FROM "repliedOn")::int, 0),
                  "applicantType", sum(delta)
             FROM changed
            GROUP BY 1, 2, 3, 4
           HAVING sum(delta) <> 0
            ORDER BY 1, 2, 3, 4
               ON CONFLICT ("agencyId", "receivedYear", "repliedYear", "applicantType")
               DO UPDATE SET "count" = c."count" + excluded."count")
    INSERT INTO "ApplicationOutcomeCount" AS c ("agencyId", "repliedYear", "applicantType", "outcome", "count")
    SELECT "agencyId", extract(year FROM "repliedOn")::int, "applicantType", "outcome", sum(delta)
      FROM changed
     WHERE "repliedOn" IS NOT NULL AND "outcome" IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(delta) <> 0
     ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "repliedYear", "applicantType", "outcome")
        DO UPDATE SET "count" = c."count" + excluded."count";
  ELSIF TG_OP = 'DELETE' THEN
    WITH changed AS (SELECT "agencyId", "applicantType", "receivedOn", "repliedOn", "outcome", -1 AS delta FROM old_rows),
         years AS (
           INSERT INTO "ApplicationYearCount" AS c ("agencyId", "receivedYear", "repliedYear", "applicantType", "count")
           SELECT "agencyId", extract(year FROM "receivedOn")::int, coalesce(extract(year FROM "repliedOn")::int, 0),
                  "applicantType", sum(delta)
             FROM changed
            GROUP BY 1, 2, 3, 4
           HAVING sum(delta) <> 0
            ORDER BY 1, 2, 3, 4
               ON CONFLICT ("agencyId", "receivedYear", "repliedYear", "applicantType")
               DO UPDATE SET "count" = c."count" + excluded."count")
    INSERT INTO "ApplicationOutcomeCount" AS c ("agencyId", "repliedYear", "applicantType", "outcome", "count")
    SELECT "agencyId", extract(year FROM "repliedOn")::int, "applicantType", "outcome", sum(delta)
      FROM changed
     WHERE "repliedOn" IS NOT NULL AND "outcome" IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(delta) <> 0
     ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "repliedYear", "applicantType", "outcome")
        DO UPDATE SET "count" = c."count" + excluded."count";
  ELSE -- TRUNCATE
    DELETE FROM "ApplicationYearCount";
    DELETE FROM "ApplicationOutcomeCount";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "DisclosureApplication_count_years_insert" AFTER INSERT ON "DisclosureApplication"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "DisclosureApplication_count_years"();
CREATE TRIGGER "DisclosureApplication_count_years_update" AFTER UPDATE ON "DisclosureApplication"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "DisclosureApplication_count_years"();
CREATE TRIGGER "DisclosureApplication_count_years_delete" AFTER DELETE ON "DisclosureApplication"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "DisclosureApplication_count_years"();
CREATE TRIGGER "DisclosureApplication_count_years_truncate" AFTER TRUNCATE ON "DisclosureApplication"
  FOR EACH STATEMENT EXECUTE FUNCTION "DisclosureApplication_count_years"();

CREATE FUNCTION "ReviewCase_count_years"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  -- The three branches differ only in the rows they read (a trigger has the transition tables of its event).
  IF TG_OP = 'INSERT' THEN
    WITH changed AS (SELECT "agencyId", "kind", "filedOn", "decidedOn", "outcome", 1 AS delta FROM new_rows),
         years AS (
           INSERT INTO "ReviewYearCount" AS c ("agencyId", "filedYear", "decidedYear", "kind", "count")
           SELECT "agencyId", extract(year FROM "filedOn")::int, coalesce(extract(year FROM "decidedOn")::int, 0),
                  "kind", sum(delta)
             FROM changed
            GROUP BY 1, 2, 3, 4
           HAVING sum(delta) <> 0
            ORDER BY 1, 2, 3, 4
               ON CONFLICT ("agencyId", "filedYear", "decidedYear", "kind")
               DO UPDATE SET "count" = c."count" + excluded."count")
    INSERT INTO "ReviewOutcomeCount" AS c ("agencyId", "decidedYear", "kind", "outcome", "count")
    SELECT "agencyId", extract(year FROM "decidedOn")::int, "kind", "outcome", sum(delta)
      FROM changed
     WHERE "decidedOn" IS NOT NULL AND "outcome" IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(delta) <> 0
     ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "decidedYear", "kind", "outcome")
        DO UPDATE SET "count" = c."count" + excluded."count";
  ELSIF TG_OP = 'UPDATE' THEN
    WITH changed AS (SELECT "agencyId", "kind", "filedOn", "decidedOn", "outcome", -1 AS delta FROM old_rows
                     UNION ALL
                     SELECT "agencyId", "kind", "filedOn", "decidedOn", "outcome", 1 FROM new_rows),
         years AS (
           INSERT INTO "ReviewYearCount" AS c ("agencyId", "filedYear", "decidedYear", "kind", "count")
           SELECT "agencyId", extract(year FROM "filedOn")::int, coalesce(extract(year FROM "decidedOn")::int, 0),
                  "kind", sum(delta)
             FROM changed
            GROUP BY 1, 2, 3, 4
           HAVING sum(delta) <> 0
            ORDER BY 1, 2, 3, 4
               ON CONFLICT ("agencyId", "filedYear", "decidedYear", "kind")
               DO UPDATE SET "count" = c."count" + excluded."count")
    INSERT INTO "ReviewOutcomeCount" AS c ("agencyId", "decidedYear", "kind", "outcome", "count")
    SELECT "agencyId", extract(year FROM "decidedOn")::int, "kind", "outcome", sum(delta)
      FROM changed
     WHERE "decidedOn" IS NOT NULL AND "outcome" IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(delta) <> 0
     ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "decidedYear", "kind", "outcome")
        DO UPDATE SET "count" = c."count" + excluded."count";
  ELSIF TG_OP = 'DELETE' THEN
    WITH changed AS (SELECT "agencyId", "kind", "filedOn", "decidedOn", "outcome", -1 AS delta FROM old_rows),
         years AS (
           INSERT INTO "ReviewYearCount" AS c ("agencyId", "filedYear", "decidedYear", "kind", "count")
           SELECT "agencyId", extract(year FROM "filedOn")::int, coalesce(extract(year FROM "decidedOn")::int, 0),
                  "kind", sum(delta)
             FROM changed
            GROUP BY 1, 2, 3, 4
           HAVING sum(delta) <> 0
            ORDER BY 1, 2, 3, 4
               ON CONFLICT ("agencyId", "filedYear", "decidedYear", "kind")
               DO UPDATE SET "count" = c."count" + excluded."count")
    INSERT INTO "ReviewOutcomeCount" AS c ("agencyId", "decidedYear", "kind", "outcome", "count")
    SELECT "agencyId", extract(year FROM "decidedOn")::int, "kind", "outcome", sum(delta)
      FROM changed
     WHERE "decidedOn" IS NOT NULL AND "outcome" IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(delta) <> 0
     ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "decidedYear", "kind", "outcome")
        DO UPDATE SET "count" = c."count" + excluded."count";
  ELSE -- TRUNCATE
    DELETE FROM "ReviewYearCount";
    DELETE FROM "ReviewOutcomeCount";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ReviewCase_count_years_insert" AFTER INSERT ON "ReviewCase"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ReviewCase_count_years"();
CREATE TRIGGER "ReviewCase_count_years_update" AFTER UPDATE ON "ReviewCase"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ReviewCase_count_years"();
CREATE TRIGGER "ReviewCase_count_years_delete" AFTER DELETE ON "ReviewCase"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "ReviewCase_count_years"();
CREATE TRIGGER "ReviewCase_count_years_truncate" AFTER TRUNCATE ON "ReviewCase"
  FOR EACH STATEMENT EXECUTE FUNCTION "ReviewCase_count_years"();

-- Recounts every agency from the records: the counts of the records already stored when this migration
-- runs, and the repair should records ever be written with triggers disabled (session_replication_role =
-- replica, a data-only restore with --disable-triggers): SELECT "report_year_counts_rebuild"();
CREATE FUNCTION "report_year_counts_rebuild"() RETURNS void
  LANGUAGE sql AS $$
  LOCK TABLE "DisclosureApplication", "ReviewCase" IN SHARE MODE; -- no writer between the recount and the commit
  DELETE FROM "ApplicationYearCount";
  DELETE FROM "ApplicationOutcomeCount";
  DELETE FROM "ReviewYearCount";
  DELETE FROM "ReviewOutcomeCount";
  INSERT INTO "ApplicationYearCount" ("agencyId", "receivedYear", "repliedYear", "applicantType", "count")
  SELECT "agencyId", extract(year FROM "receivedOn")::int, coalesce(extract(year FROM "repliedOn")::int, 0),
         "applicantType", count(*)
    FROM "DisclosureApplication" GROUP BY 1, 2, 3, 4;
  INSERT INTO "ApplicationOutcomeCount" ("agencyId", "repliedYear", "applicantType", "outcome", "count")
  SELECT "agencyId", extract(year FROM "repliedOn")::int, "applicantType", "outcome", count(*)
    FROM "DisclosureApplication" WHERE "repliedOn" IS NOT NULL AND "outcome" IS NOT NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO "ReviewYearCount" ("agencyId", "filedYear", "decidedYear", "kind", "count")
  SELECT "agencyId", extract(year FROM "filedOn")::int, coalesce(extract(year FROM "decidedOn")::int, 0),
         "kind", count(*)
    FROM "ReviewCase" GROUP BY 1, 2, 3, 4;
  INSERT INTO "ReviewOutcomeCount" ("agencyId", "decidedYear", "kind", "outcome", "count")
  SELECT "agencyId", extract(year FROM "decidedOn")::int, "kind", "outcome", count(*)
    FROM "ReviewCase" WHERE "decidedOn" IS NOT NULL AND "outcome" IS NOT NULL GROUP BY 1, 2, 3, 4;
$$;

SELECT "report_year_counts_rebuild"();

-- The counts of tables 二, 三 and 四 for one agency-year as one json object (lib/annual-report/compile-sql.ts
-- calls it; the rules: docs/counting-rules.md). A function, so that its plan is made once per connection
-- rather than at every compile, and a compile is one short statement with two parameters.
-- 三 and 四 read the year counts: an application received in year r and replied to in year p (0: not yet) is
-- 本年新收 of Y when r = Y, 上年结转 of Y when r < Y and (p = 0 or p >= Y) — open on 1 Jan —, and 结转下年度
-- of Y when r <= Y and (p = 0 or p > Y) — still open after 31 Dec —, since a date is in Y exactly when its
-- year is Y; a case filed in f and decided in d is 尚未审结 of Y when f <= Y and (d = 0 or d > Y).
-- 二 reads the records: an agency has few normative documents, and tallies and fees are per year already.
CREATE FUNCTION "report_counts"(agency_id int, report_year int) RETURNS json
  LANGUAGE plpgsql STABLE AS $$
DECLARE
  first_day date := make_date(report_year, 1, 1);
  last_day date := make_date(report_year, 12, 31);
BEGIN
  RETURN json_build_object(
    'applications', (
      SELECT coalesce(json_agg(a), '[]')
        FROM (SELECT "applicantType",
                     coalesce(sum("count") FILTER (WHERE "receivedYear" = report_year), 0)::int AS "received",
                     coalesce(sum("count") FILTER (WHERE "receivedYear" < report_year
                                                     AND ("repliedYear" = 0 OR "repliedYear" >= report_year)), 0)::int
                       AS "carriedOver",
                     coalesce(sum("count") FILTER (WHERE "repliedYear" = 0 OR "repliedYear" > report_year), 0)::int
                       AS "carriedForward"
                FROM "ApplicationYearCount"
               WHERE "agencyId" = agency_id AND "receivedYear" <= report_year
               GROUP BY "applicantType") a),
    'outcomes', (
      SELECT coalesce(json_agg(o), '[]')
        FROM (SELECT "applicantType", "outcome", "count" AS "replied"
                FROM "ApplicationOutcomeCount"
               WHERE "agencyId" = agency_id AND "repliedYear" = report_year) o),
    'reviewsPending', (
      SELECT coalesce(json_agg(p), '[]')
        FROM (SELECT "kind", sum("count")::int AS "pending"
                FROM "ReviewYearCount"
               WHERE "agencyId" = agency_id AND "filedYear" <= report_year
                 AND ("decidedYear" = 0 OR "decidedYear" > report_year)
               GROUP BY "kind") p),
    'reviewsDecided', (
      SELECT coalesce(json_agg(d), '[]')
        FROM (SELECT "kind", "outcome", "count" AS "decided"
                FROM "ReviewOutcomeCount"
               WHERE "agencyId" = agency_id AND "decidedYear" = report_year) d),
    'documents', (
      SELECT coalesce(json_agg(n), '[]')
        FROM (SELECT "kind",
                     count(*) FILTER (WHERE "issuedOn" BETWEEN first_day AND last_day)::int AS "issued",
                     count(*) FILTER (WHERE "repealedOn" BETWEEN first_day AND last_day)::int AS "repealed",
                     count(*) FILTER (WHERE "issuedOn" <= last_day
                                        AND ("repealedOn" IS NULL OR "repealedOn" > last_day))::int AS "inForce"
                FROM "NormativeDocument"
               WHERE "agencyId" = agency_id
               GROUP BY "kind") n),
    'decisions', (
      SELECT coalesce(json_agg(t), '[]')
        FROM (SELECT "kind", sum("count")::int AS "decisions"
                FROM "DecisionTally"
               WHERE "agencyId" = agency_id AND "year" = report_year
               GROUP BY "kind") t),
    'feeYuan', (
      SELECT coalesce(sum("amount"), 0)::text
        FROM "FeeCollection"
       WHERE "agencyId" = agency_id AND "year" = report_year));
END
$$;
