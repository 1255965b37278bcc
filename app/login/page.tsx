import { LoginPage } from "@/components/auth/auth-pages";
import { loadLoginPage } from "@/lib/auth/loaders";
import type { SearchParamsProps } from "@/lib/server/page";

export const metadata = { title: "工作人员登录", robots: { index: false } };

export default async function Page({ searchParams }: SearchParamsProps) {
  return <LoginPage {...await loadLoginPage((await searchParams).callbackUrl)} />;
}
