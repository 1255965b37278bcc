import { requireActor } from "@/lib/auth/session";
import { orErrorPage } from "@/lib/server/page";
import { loadOfficeHome } from "@/lib/office/loaders";
import { OfficeHome } from "@/components/office/office-home";

export const metadata = { title: "工作台" };

export default async function OfficeHomePage() {
  const { user, actor, membership } = await requireActor();
  return (
    <OfficeHome user={user} actor={actor} membership={membership} data={await orErrorPage(loadOfficeHome(actor))} />
  );
}
