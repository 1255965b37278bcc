"use client";

// Any page whose rendering failed; "数据库暂时不可用" when the database is the cause (components/service-status).
export { ServiceError as default } from "@/components/service-status/service-error";
