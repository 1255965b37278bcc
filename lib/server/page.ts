import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * For pages: the signed-in actor (else the login page) and what the page's loader returns for them.
 * The loader authorizes; its typed errors become Next's 404 (missing, deleted, another agency's) and
 * 403 (not permitted) pages, rendered inside the office layout.
 */
export async function loadPage<T>(load: (actor: Actor) => Promise<T>): Promise<T> {
  const { actor } = await requireActor();
  return orErrorPage(load(actor));
}

/** A loaded value, or the 404/403 page for its typed errors. */
export async function orErrorPage<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

/** The props Next gives a page with search parameters. */
export type SearchParamsProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
/** The props Next gives a record page. */
export type IdParamsProps = { params: Promise<{ id: string }> };
