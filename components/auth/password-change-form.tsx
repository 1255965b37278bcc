"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { changePasswordAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

export function PasswordChangeForm() {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  useEffect(() => {
    // The change ends every session of this user, this one included: sign in again.
    if (state.ok && state.redirectTo) {
      const timer = setTimeout(() => signOut({ callbackUrl: state.redirectTo }), 1500);
      return () => clearTimeout(timer);
    }
  }, [state]);
  return (
    <form action={action} className="mt-4 max-w-md space-y-4 rounded border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <TextField
        state={state}
        name="currentPassword"
        label="当前密码"
        type="password"
        required
        autoComplete="current-password"
      />
      <TextField
        state={state}
        name="newPassword"
        label="新密码"
        type="password"
        required
        hint="至少 8 位，包含字母和数字"
        autoComplete="new-password"
      />
      <TextField
        state={state}
        name="confirmPassword"
        label="再次输入新密码"
        type="password"
        required
        autoComplete="new-password"
      />
      <SubmitButton>修改密码</SubmitButton>
    </form>
  );
}
