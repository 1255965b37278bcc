import { NewPasswordPage } from "@/components/auth/auth-pages";
import { loadNewPasswordPage } from "@/lib/auth/loaders";

export const metadata = { title: "设置新密码", robots: { index: false } };

export default async function Page() {
  return <NewPasswordPage {...await loadNewPasswordPage()} />;
}
