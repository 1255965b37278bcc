import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">没有访问权限</h1>
      <p className="mt-3 text-stone-700">您的角色无权打开此页面。如需开通，请联系本单位管理员。</p>
      <Link href="/office" className="mt-6 inline-block text-brand-700 underline">
        返回工作台
      </Link>
    </main>
  );
}
