"use client";

import { ServiceError } from "@/components/service-status/service-error";

/** An office page whose rendering failed, inside the office layout; "数据库暂时不可用" when the database is the cause. */
export default function OfficeError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServiceError {...props} />;
}
