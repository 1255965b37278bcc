import { loadPage } from "@/lib/server/page";
import { loadDepartments } from "@/lib/admin/loaders";
import { DepartmentCreateForm, DepartmentRow } from "@/components/admin/department-forms";

export const metadata = { title: "科室管理" };

export default async function DepartmentsPage() {
  const departments = await loadPage(loadDepartments);
  return (
    <>
      <h1 className="text-2xl font-bold">科室管理</h1>
      <p className="mt-1 text-stone-700">
        “信息公开工作机构”即负责政府信息公开日常工作和年度报告编制的科室（如党政办公室）。
      </p>
      <div className="mt-6 overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                科室名称
              </th>
              <th scope="col" className="px-3 py-2">
                信息公开工作机构
              </th>
              <th scope="col" className="px-3 py-2">
                在用
              </th>
              <th scope="col" className="px-3 py-2">
                人员
              </th>
              <th scope="col" className="px-3 py-2">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <DepartmentRow
                key={d.id}
                department={{
                  id: d.id,
                  name: d.name,
                  isDisclosureOffice: d.isDisclosureOffice,
                  active: d.active,
                  members: d._count.memberships,
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 text-lg font-semibold">添加科室</h2>
      <DepartmentCreateForm />
    </>
  );
}
