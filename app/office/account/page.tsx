import { PasswordChangeForm } from "@/components/auth/password-change-form";

export const metadata = { title: "修改密码" };

export default function AccountPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">修改密码</h1>
      <PasswordChangeForm />
    </>
  );
}
