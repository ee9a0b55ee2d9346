import "server-only";
import { ApiError, type ErrorCode } from "@/lib/errors/api-error";
import { redactSecrets } from "@/lib/errors/redact";
import type { Upstream } from "./upstream";

// Upstream failures become our error codes. Both envelope families carry a message:
// {error:{message,type,code}} (videos) and {code,msg,serviceCode} (assets). The upstream's
// own words are kept where they tell the user what to do ("Asset group is not active").

export interface UpstreamErrorFacts {
  message: string | null;
  type: string | null;
  code: string | null;
}

const asText = (value: unknown) =>
  typeof value === "string" && value.trim() !== ""
    ? value.trim()
    : typeof value === "number"
      ? String(value)
      : null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Pulls message/type/code out of either envelope family. */
export function readErrorFacts(body: unknown): UpstreamErrorFacts {
  if (!isRecord(body)) return { message: asText(body), type: null, code: null };
  const nested = isRecord(body.error) ? body.error : null;
  return {
    message: asText(nested?.message) ?? asText(body.msg) ?? asText(body.message) ?? asText(body.error),
    type: asText(nested?.type) ?? asText(body.type),
    code: asText(nested?.code) ?? asText(body.serviceCode) ?? asText(body.code),
  };
}

function codeFor(status: number, facts: UpstreamErrorFacts): ErrorCode {
  const text = `${facts.message ?? ""} ${facts.type ?? ""}`.toLowerCase();
  if (/not active/.test(text) && /group/.test(text)) return "asset_group_not_active";
  if (status === 400 || status === 422) return "validation_error";
  if (status === 402 || facts.type === "insufficient_balance") return "insufficient_balance";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 416) return "range_not_satisfiable";
  if (status === 429) return "rate_limited";
  if (status === 503) return "upstream_unavailable";
  if (status === 504) return "upstream_timeout";
  return "upstream_error";
}

function messageFor(
  upstream: Upstream,
  status: number,
  code: ErrorCode,
  upstreamMessage: string | null,
): string {
  const label = upstream.label;
  switch (code) {
    case "rate_limited":
      return `${label} is rate limiting requests. Wait a moment and try again.`;
    case "insufficient_balance":
      return `${label} says the account balance is too low. Top up the account, then try again.`;
    case "upstream_unavailable":
    case "upstream_timeout":
      return `${label} is temporarily unavailable (HTTP ${status}). Try again in a moment.`;
    case "upstream_error":
      return `${label} failed (HTTP ${status})${upstreamMessage ? `: ${upstreamMessage}` : ""}. Try again.`;
    case "not_found":
      return upstreamMessage ?? "Not found. It may have been deleted.";
    default:
      return upstreamMessage ?? `${label} refused the request (HTTP ${status}).`;
  }
}

/** Maps one upstream failure (an HTTP status plus whatever body came with it) to an ApiError. */
export function toUpstreamError(
  upstream: Upstream,
  status: number,
  body: unknown,
  headers?: Pick<Headers, "get">,
): ApiError {
  const facts = readErrorFacts(body);
  const upstreamMessage = facts.message ? redactSecrets(facts.message).slice(0, 500) : null;
  const details = {
    upstreamStatus: status,
    ...(facts.type ? { upstreamType: facts.type } : {}),
    ...(facts.code ? { upstreamCode: redactSecrets(facts.code) } : {}),
  };
  if (status === 401) {
    // Our key was refused: a server configuration problem, not the browser's session.
    return new ApiError(
      "upstream_error",
      `${upstream.label} rejected the server's API key. Check TOKEN360_API_KEY on the server.`,
      details,
    );
  }
  const code = codeFor(status, facts);
  const retryAfter = headers?.get("retry-after");
  return new ApiError(
    code,
    messageFor(upstream, status, code, upstreamMessage),
    details,
    code === "rate_limited" && retryAfter ? { "retry-after": retryAfter } : undefined,
  );
}

/** A console-envelope answer with HTTP 2xx but a non-zero `code` (API.md §1.3). */
export function toEnvelopeError(upstream: Upstream, envelopeCode: number, body: unknown): ApiError {
  // Some gateways put an HTTP status in `code`; otherwise treat it as a refused request.
  const status = envelopeCode >= 400 && envelopeCode < 600 ? envelopeCode : 400;
  return toUpstreamError(upstream, status, body);
}
