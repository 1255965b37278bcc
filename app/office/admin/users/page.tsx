import { requireActor } from "@/lib/auth/session";
import { orErrorPage } from "@/lib/server/page";
import { loadUsers } from "@/lib/admin/loaders";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { PasswordResetForm, UserActiveToggle, UserCreateForm } from "@/components/admin/user-forms";

export const metadata = { title: "用户管理" };

export default async function UsersPage() {
  const { actor } = await requireActor();
  const { users, departments, supervises } = await orErrorPage(loadUsers(actor));
  return (
    <>
      <h1 className="text-2xl font-bold">用户管理</h1>
      <div className="mt-6 overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                姓名
              </th>
              <th scope="col" className="px-3 py-2">
                登录名
              </th>
              <th scope="col" className="px-3 py-2">
                角色
              </th>
              <th scope="col" className="px-3 py-2">
                科室
              </th>
              <th scope="col" className="px-3 py-2">
                状态
              </th>
              <th scope="col" className="px-3 py-2">
                重置密码
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-stone-200 align-top">
                <td className="px-3 py-2">{u.displayName}</td>
                <td className="px-3 py-2 font-mono">{u.login}</td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
                <td className="px-3 py-2">{u.departmentName ?? "—"}</td>
                <td className="px-3 py-2">
                  <UserActiveToggle
                    userId={u.id}
                    active={u.active}
                    self={u.id === actor.userId}
                    name={u.displayName}
                    managedHere={u.managedHere}
                  />
                </td>
                <td className="px-3 py-2">
                  <PasswordResetForm userId={u.id} name={u.displayName} managedHere={u.managedHere} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 text-lg font-semibold">新建用户</h2>
      <UserCreateForm
        supervises={supervises}
        departments={departments.map((d) => ({ value: String(d.id), label: d.name }))}
      />
    </>
  );
}
