"use client";

import { SiteHeader } from "@/components/public-site/site-header";
import { ServiceError } from "@/components/service-status/service-error";

/** A public page whose rendering failed: inside the site, "数据库暂时不可用" when the database is the cause. */
export default function PublicError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <SiteHeader />
      <main id="main">
        <ServiceError {...props} />
      </main>
    </>
  );
}
