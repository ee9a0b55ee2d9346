import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

// GET /api/health - which upstream is in use and the app's version
export function GET() {
  return NextResponse.json({ mode: env.mode, version: packageJson.version, upstream: { ok: true } });
}
