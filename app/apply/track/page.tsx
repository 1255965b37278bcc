import { TrackPage } from "@/components/online-applications/public-pages";

export const metadata = { title: "查询办理进度" };
export const dynamic = "force-dynamic";

export default function OnlineApplicationTrackPage() {
  return <TrackPage />;
}
