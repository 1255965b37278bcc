"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

/** Sign-in form. On failure the login name stays, the password is cleared, and the reason is shown. */
export function LoginForm({ next }: { next: string }) {
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!login.trim() || !password) {
      setError(!login.trim() ? "请输入登录名。" : "请输入密码。");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { login, password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setPassword("");
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "登录名或密码不正确。");
      return;
    }
    window.location.assign(next);
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4 rounded border border-stone-200 bg-white p-6" noValidate>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="login" className="block font-medium">
          登录名
        </label>
        <input
          id="login"
          name="login"
          autoComplete="username"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
          required
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          密码
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
          required
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
