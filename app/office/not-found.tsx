import { ErrorNotice } from "@/components/ui/error-notice";

/** Inside the office: a record that does not exist for this agency (deleted, mistyped, another agency's). */
export default function OfficeNotFound() {
  return (
    <ErrorNotice title="记录不存在" links={[{ href: "/office", label: "返回工作台" }]}>
      您要打开的记录不存在或已被删除。可从上方导航进入相应的列表查找。
    </ErrorNotice>
  );
}
