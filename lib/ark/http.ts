import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { redactSecrets } from "@/lib/errors/redact";
import { sendForAnswer, type UpstreamCall } from "@/lib/token360/http";
import { arkHttpError } from "./mapping/errors";
import type { ArkUpstream } from "./upstream";
import { wireArkErrorSchema } from "./wire/task";

// JSON calls to the native API: the shared transport, then this family's error body
// ({error:{code,message}}, §1.8) turned into the app's error with a creator's message.

function errorFacts(text: string): { code: string | null; message: string | null } {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // An HTML page (LaoZhang's list path) or a proxy's text: nothing worth repeating.
    return { code: null, message: null };
  }
  const nested = body && typeof body === "object" ? (body as { error?: unknown }).error : undefined;
  const parsed = wireArkErrorSchema.safeParse(nested && typeof nested === "object" ? nested : body);
  if (!parsed.success) return { code: null, message: null };
  const error = parsed.data;
  return {
    code: error.code == null ? null : String(error.code),
    message: error.message ? redactSecrets(error.message) : null,
  };
}

export async function requestArk(upstream: ArkUpstream, call: UpstreamCall): Promise<unknown> {
  const { response, clearTimer } = await sendForAnswer(upstream, call);
  try {
    const text = await response.text();
    if (!response.ok) {
      const facts = errorFacts(text);
      throw arkHttpError(
        upstream.label,
        response.status,
        facts.code,
        facts.message,
        response.headers.get("retry-after"),
      );
    }
    if (text.trim() === "") return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError(
        "upstream_error",
        `${upstream.label} answered with something that is not JSON (HTTP ${response.status}).`,
      );
    }
  } finally {
    clearTimer();
  }
}
