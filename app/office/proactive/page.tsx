import { loadPage } from "@/lib/server/page";
import { loadProactiveOverview } from "@/lib/proactive/loaders";
import { ProactiveOverview } from "@/components/proactive/proactive-pages";

export const metadata = { title: "主动公开" };

export default async function ProactivePage() {
  await loadPage(loadProactiveOverview);
  return <ProactiveOverview />;
}
