// The list's search: a substring of the registration number, the request or (for those allowed)
// the applicant's name. Candidates come from the GIN index on `searchGrams` — every pair of
// consecutive characters of those columns, kept by a trigger (migration application_search_grams) —
// and are rechecked with LIKE. Two-character grams work for Chinese in any database locale, where
// pg_trgm's trigrams skip CJK text under the C locale.

/** The grams a term's matches must all contain; empty for a one-character term (no prefilter). */
export function searchGrams(term: string): string[] {
  const chars = Array.from(term);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}
