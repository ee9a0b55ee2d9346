// Not through route() (lib/api/route.ts): this is the provider's contract, not the app's API.
// Callers are curl, scripts and SDKs with a bearer key and no Origin, answers use the provider's
// error envelopes, and uploads and Range reads stream through untouched. emulatorAccess() applies
// the same host allowlist, cross-site refusal and session check that route() applies.
import { emulatorAccess } from "@/lib/api/emulator-access";
import { getEmulator } from "@/lib/emulator";

// The embedded emulator over HTTP (/emulator/v1/*, /emulator/files/*, /emulator/verify/*, ...)
// for curl, scripts and SDKs. Off with a real TOKEN360_API_KEY or EMULATOR_HTTP=false; behind
// the app password when one is set (lib/api/emulator-access.ts).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Pages the emulator serves carry their own policy; everything else gets the strict default. */
const DEFAULT_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; frame-ancestors 'none'";

async function handle(request: Request): Promise<Response> {
  const response = emulatorAccess(request) ?? (await getEmulator().fetch(request));
  const headers = new Headers(response.headers);
  if (!headers.has("content-security-policy")) headers.set("content-security-policy", DEFAULT_CSP);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handle as DELETE, handle as GET, handle as HEAD, handle as PATCH, handle as POST, handle as PUT };
