import { SiteHeader } from "@/components/public-site/site-header";
import { LoginForm } from "./login-form";
import { PasswordChangeForm } from "./password-change-form";

export function LoginPage({ next }: { next: string }) {
  return (
    <>
      <SiteHeader right={<span />} />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-bold">工作人员登录</h1>
        <p className="mt-2 text-sm text-stone-700">科室信息员、办公室负责人和管理员使用本单位分配的账号登录。</p>
        <LoginForm next={next} />
      </main>
    </>
  );
}

/** After an admin reset the password: the one page the user can reach until they set their own. */
export function NewPasswordPage({ resetAt }: { resetAt: string | null }) {
  return (
    <>
      <SiteHeader right={<span />} />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-bold">设置新密码</h1>
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          管理员已于 {resetAt ?? "近日"} 重置了您的密码。请设置一个只有您自己知道的新密码，之后才能继续使用。
          如果您没有请求重置，请联系管理员。
        </p>
        <p className="mt-3 text-sm text-stone-700">“当前密码”请填写管理员告知您的密码。</p>
        <PasswordChangeForm />
      </main>
    </>
  );
}
