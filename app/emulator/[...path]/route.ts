import { env } from "@/lib/env";
import { getEmulator } from "@/lib/emulator";

// The embedded emulator over HTTP (/emulator/v1/*, /emulator/files/*, /emulator/verify/*, ...)
// for curl, scripts and SDKs. With a real TOKEN360_API_KEY configured it is switched off, so a
// production deployment does not expose a fake API.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

async function handle(request: Request): Promise<Response> {
  if (env.mode !== "emulator") {
    return Response.json(
      { error: { message: "The emulator is disabled", type: "not_found_error", param: null, code: null } },
      { status: 404 },
    );
  }
  return getEmulator().fetch(request);
}

export { handle as DELETE, handle as GET, handle as HEAD, handle as PATCH, handle as POST, handle as PUT };
