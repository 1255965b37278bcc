import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">页面不存在</h1>
      <p className="mt-3 text-stone-700">您访问的页面不存在或尚未公开。</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}
