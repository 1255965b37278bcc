-- The grams as a plain array constructor: no sort for DISTINCT (GIN keeps each key once anyway), so
-- writing a row costs about a third of what it did (bulk loads of applications stay fast).
CREATE OR REPLACE FUNCTION "disclosure_search_grams"(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT substr($1, i, 2) FROM generate_series(1, length($1) - 1) AS i)
$$;
