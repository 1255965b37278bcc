import { loadPage } from "@/lib/server/page";
import { loadSubmissionLists } from "@/lib/admin/loaders";
import { SUBMISSION_LIST_LABELS, type SubmissionListKind } from "@/lib/admin/submission-lists";
import { ListEntryCreateForm, ListEntryRow } from "@/components/admin/submission-list-forms";

export const metadata = { title: "信息类别和报送渠道" };

const USES: Record<SubmissionListKind, string> = { category: "信息篇数", outlet: "报送次数" };

export default async function SubmissionListsPage() {
  const lists = await loadPage(loadSubmissionLists);
  return (
    <>
      <h1 className="text-2xl font-bold">信息类别和报送渠道</h1>
      <p className="mt-1 text-stone-700">
        信息员上报信息时从这里选择类别和报送渠道。已使用的条目不能删除，可改名或停用；停用后新记录中不再可选，原有记录不受影响。
      </p>
      {(["category", "outlet"] as const).map((kind) => (
        <section key={kind} aria-labelledby={`h-${kind}`} className="mt-8">
          <h2 id={`h-${kind}`} className="text-lg font-semibold">
            {SUBMISSION_LIST_LABELS[kind]}
          </h2>
          <div className="mt-3 overflow-x-auto rounded border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    名称
                  </th>
                  <th scope="col" className="px-3 py-2">
                    在用
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {USES[kind]}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    操作
                  </th>
                </tr>
              </thead>
              <tbody>
                {lists[kind].map((entry) => (
                  <ListEntryRow key={entry.id} kind={kind} label={SUBMISSION_LIST_LABELS[kind]} entry={entry} />
                ))}
                {lists[kind].length === 0 && (
                  <tr>
                    <td colSpan={4} className="px-3 py-4 text-stone-600">
                      尚未设置。
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <ListEntryCreateForm kind={kind} label={SUBMISSION_LIST_LABELS[kind]} />
        </section>
      ))}
    </>
  );
}
