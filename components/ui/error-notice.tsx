import Link from "next/link";

/** The body of an error page (404, 403, an unexpected failure): what happened, what to do, the ways on. */
export function ErrorNotice({
  title,
  children,
  links,
}: {
  title: string;
  children: React.ReactNode;
  links: { href: string; label: string }[];
}) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="mt-3 text-stone-700">{children}</div>
      <p className="mt-6 flex flex-wrap justify-center gap-4">
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="text-brand-700 underline">
            {l.label}
          </Link>
        ))}
      </p>
    </div>
  );
}
