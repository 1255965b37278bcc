import Link from "next/link";

/** The heading of a record list, form or detail page: title, a back link, and actions on the right. */
export function RecordPageHeader({
  title,
  back,
  actions,
  children,
}: {
  title: string;
  back?: { href: string; label: string };
  actions?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        {back && (
          <Link href={back.href} className="text-sm text-brand-700 underline">
            ← {back.label}
          </Link>
        )}
        <h1 className="text-2xl font-bold">{title}</h1>
        {children && <div className="mt-1 text-stone-700">{children}</div>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function NewRecordLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
      {label}
    </Link>
  );
}
