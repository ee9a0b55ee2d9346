import { isSecureRequest } from "@/lib/api/origin";
import { route } from "@/lib/api/route";
import { clearSessionCookieHeader, endAllSessions } from "@/lib/api/session";

// DELETE /api/session/all - sign out everywhere: every session of every browser ends
export const DELETE = route({}, ({ request }) => {
  endAllSessions();
  return new Response(null, {
    status: 204,
    headers: {
      "set-cookie": clearSessionCookieHeader(isSecureRequest(request)),
      "cache-control": "no-store",
    },
  });
});
