/**
 * Where to go after signing in: a path of this site, never another host. The candidate is resolved the
 * way a browser would resolve it (backslashes as slashes, tabs and newlines dropped, percent-escapes
 * kept), and accepted only when it stays on this origin; it is returned in that normalised form, so the
 * browser is handed exactly what was checked.
 */
const HERE = "http://this-site.invalid";

export const DEFAULT_AFTER_SIGN_IN = "/office";

export function safeCallbackPath(candidate: string | null | undefined, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (!candidate || !candidate.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // The normalised path must itself be a plain path ("//host" would be another host again).
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
