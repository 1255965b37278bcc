import "server-only";
import { redirect } from "next/navigation";
import { formatChinaDateTime } from "@/lib/calendar/dates";
import { safeCallbackPath } from "./redirect";
import { getSessionUser } from "./session";

/** The login page: a signed-in user goes on; `next` is where the form sends the browser after sign-in. */
export async function loadLoginPage(callbackUrl: string | string[] | undefined): Promise<{ next: string }> {
  if (await getSessionUser()) redirect("/office");
  // Only paths of this site, normalised as the browser would read them: never another host after sign-in.
  return { next: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined) };
}

/** Setting a new password after an admin's reset: when it was reset (China time), for the notice. */
export async function loadNewPasswordPage(): Promise<{ resetAt: string | null }> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!user.mustChangePassword) redirect("/office");
  return { resetAt: user.passwordResetAt ? formatChinaDateTime(user.passwordResetAt) : null };
}
