import Link from "next/link";

/** Page links that keep every other filter of the current query string. */
export function Pagination({
  basePath,
  params,
  page,
  pageSize,
  total,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `${basePath}?${query}`;
  };
  return (
    <nav aria-label="分页" className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <span>
        共 {total} 条，第 {page}/{pages} 页
      </span>
      {page > 1 && (
        <Link className="text-brand-700 underline" href={href(page - 1)}>
          上一页
        </Link>
      )}
      {page < pages && (
        <Link className="text-brand-700 underline" href={href(page + 1)}>
          下一页
        </Link>
      )}
    </nav>
  );
}
