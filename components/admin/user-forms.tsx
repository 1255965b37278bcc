"use client";

import { OnceField } from "@/components/ui/once-field";
import { useActionState } from "react";
import { createUserAction, resetPasswordAction, setUserActiveAction } from "@/lib/admin/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";

const ROLE_OPTIONS = [
  { value: "OFFICER", label: "信息员（科室）" },
  { value: "HEAD", label: "办公室负责人" },
  { value: "ADMIN", label: "管理员" },
];
/** Only an agency with agencies under it (a county) has supervisors: the county's desk. */
const COUNTY_OPTION = { value: "COUNTY", label: "督查（查看下级机关的年度报告和办件统计）" };

export function UserCreateForm({
  departments,
  supervises = false,
}: {
  departments: { value: string; label: string }[];
  supervises?: boolean;
}) {
  const [state, action] = useActionState(createUserAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="新建用户"
      className="mt-3 grid max-w-2xl gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
    >
      <OnceField round={state.ok && state.nonce} />
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <TextField state={state} name="displayName" label="姓名" required />
      <TextField
        state={state}
        name="login"
        label="登录名"
        required
        hint="3–32 位字母、数字、下划线、点或连字符"
        autoComplete="off"
      />
      <SelectField
        state={state}
        name="role"
        label="角色"
        options={supervises ? [...ROLE_OPTIONS, COUNTY_OPTION] : ROLE_OPTIONS}
        placeholder="请选择"
        required
      />
      <SelectField
        state={state}
        name="departmentId"
        label="所属科室（信息员必填）"
        options={departments}
        placeholder="请选择"
      />
      <TextField
        state={state}
        name="password"
        label="初始密码"
        type="password"
        required
        hint="至少 8 位，包含字母和数字"
        autoComplete="new-password"
      />
      <div className="self-end">
        <SubmitButton>创建用户</SubmitButton>
      </div>
    </form>
  );
}

/** Shown instead of the buttons for a user who also has a role in another agency (lib/admin/users.ts). */
const MANAGED_ELSEWHERE = "在其他机关也有角色，不能在本机关管理";

export function UserActiveToggle({
  userId,
  active,
  self,
  name,
  managedHere = true,
}: {
  userId: number;
  active: boolean;
  self: boolean;
  name: string;
  managedHere?: boolean;
}) {
  const [state, action] = useActionState(setUserActiveAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      {!active && <input type="hidden" name="active" value="on" />}
      <span className={active ? "text-green-800" : "text-stone-500"}>{active ? "在用" : "已停用"}</span>
      {!self && !managedHere && <span className="text-xs text-stone-600">{MANAGED_ELSEWHERE}</span>}
      {!self && managedHere && (
        <button
          className="w-fit rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100"
          aria-label={`${active ? "停用" : "启用"}${name}`}
        >
          {active ? "停用" : "启用"}
        </button>
      )}
      {state.message && (
        <span
          role={state.ok ? "status" : "alert"}
          className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}

export function PasswordResetForm({
  userId,
  name,
  managedHere = true,
}: {
  userId: number;
  name: string;
  managedHere?: boolean;
}) {
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  const errors = state.fieldErrors?.password;
  if (!managedHere) return <span className="text-xs text-stone-600">{MANAGED_ELSEWHERE}</span>;
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex gap-1">
        <label className="sr-only" htmlFor={`reset-${userId}`}>
          {name}的新密码
        </label>
        <input
          id={`reset-${userId}`}
          name="password"
          type="password"
          autoComplete="new-password"
          placeholder="新密码"
          aria-invalid={errors ? true : undefined}
          className="w-32 rounded border border-stone-400 px-2 py-0.5"
        />
        <button className="rounded border border-stone-400 px-2 py-0.5 text-xs hover:bg-stone-100">重置</button>
      </div>
      {errors && <span className="text-xs text-red-700">{errors.join(" ")}</span>}
      {state.message && !errors && (
        <span
          role={state.ok ? "status" : "alert"}
          className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}
