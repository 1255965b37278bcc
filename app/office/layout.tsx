import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { navigationFor } from "@/lib/office/navigation";
import { OfficeNav } from "@/components/office/office-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata = { robots: { index: false } };

export default async function OfficeLayout({ children }: { children: React.ReactNode }) {
  const { user, actor, membership } = await requireActor();
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/office" className="font-bold">
            {membership.agencyName} · 政府信息公开工作平台
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span data-testid="current-user">
              {user.displayName}（{ROLE_LABELS[actor.role]}
              {membership.departmentName ? ` · ${membership.departmentName}` : ""}）
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <OfficeNav items={navigationFor(actor)} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
