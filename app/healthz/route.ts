import { checkHealth } from "@/lib/health/check";

// For load balancers and monitoring: public, no input, nothing about the data (see lib/health/check.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
