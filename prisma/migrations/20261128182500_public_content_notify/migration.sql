-- The web server keeps the public pages (home, report pages, downloads) in memory and drops them
-- when public content changes (lib/public-cache/changes.ts). The database tells it: these triggers
-- send NOTIFY public_content, which PostgreSQL delivers when the writing transaction commits, so
-- every writer (the publish action, seeds, imports, scripts) refreshes every server, and a server
-- never hears of a change before it is visible.
CREATE FUNCTION "notify_public_content"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_content', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

-- A new revision (publishing, a correction) changes the report page, the revision pages, the
-- downloads and the home page's list of years.
CREATE TRIGGER "ReportRevision_public_content"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_content"();

-- The home page names agencies and groups them under their parent.
CREATE TRIGGER "Agency_public_content"
  AFTER INSERT OR UPDATE OF "slug", "name", "level", "parentId" OR DELETE OR TRUNCATE ON "Agency"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_content"();
