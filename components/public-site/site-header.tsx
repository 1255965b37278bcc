/** The public header: the product name and the way into the back office. */
export function SiteHeader({ right }: { right?: React.ReactNode }) {
  return (
    <header className="border-b-4 border-brand-600 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="text-lg font-bold text-brand-700 hover:underline">
          政府信息公开工作年度报告
        </a>
        <nav aria-label="站点">
          {right ?? (
            <a href="/login" className="text-sm text-stone-700 underline-offset-4 hover:underline">
              工作人员登录
            </a>
          )}
        </nav>
      </div>
    </header>
  );
}
