// @vitest-environment node
import { describe, expect, it } from "vitest";
import { toUpstreamError } from "@/lib/token360/errors";
import { stubFetch, testUpstream, TEST_KEY } from "./factories";

const upstream = testUpstream(stubFetch().fetch);
const openAiError = (message: string, type: string, code: string | null = null) => ({
  error: { message, type, param: null, code },
});

describe("toUpstreamError", () => {
  it.each([
    [
      400,
      openAiError("Asset validation failed", "invalid_request_error"),
      "validation_error",
      400,
      "Asset validation failed",
    ],
    [
      402,
      openAiError("Insufficient balance", "insufficient_balance"),
      "insufficient_balance",
      402,
      /balance is too low/,
    ],
    [403, openAiError("No permission", "model_access_denied"), "forbidden", 403, "No permission"],
    [
      404,
      openAiError("The requested model does not exist", "model_not_found"),
      "not_found",
      404,
      /does not exist/,
    ],
    [
      409,
      { code: 409, msg: "Asset group is not active", serviceCode: null },
      "asset_group_not_active",
      409,
      "Asset group is not active",
    ],
    [409, { code: 1, msg: "Name taken" }, "conflict", 409, "Name taken"],
    [429, openAiError("Too many", "rate_limit_error"), "rate_limited", 429, /rate limiting/],
    [500, openAiError("kaboom", "api_error"), "upstream_error", 502, /failed \(HTTP 500\): kaboom/],
    [503, openAiError("overloaded", "api_error"), "upstream_unavailable", 503, /temporarily unavailable/],
  ])("maps HTTP %i to %s", (status, body, code, ourStatus, message) => {
    const error = toUpstreamError(upstream, status, body);
    expect(error.code).toBe(code);
    expect(error.status).toBe(ourStatus);
    expect(error.message).toMatch(message);
  });

  it("keeps the portrait-model rule in the upstream's own words", () => {
    const body = openAiError(
      "Virtual Portrait assets work only with seedance-2.0 and seedance-2.0-fast",
      "invalid_request_error",
    );
    expect(toUpstreamError(upstream, 400, body).message).toBe(
      "Virtual Portrait assets work only with seedance-2.0 and seedance-2.0-fast",
    );
  });

  it("reads the string code of an OpenAI-style error into the details", () => {
    expect(
      toUpstreamError(upstream, 400, openAiError("bad", "invalid_request_error", "400")).details,
    ).toMatchObject({
      upstreamStatus: 400,
      upstreamType: "invalid_request_error",
      upstreamCode: "400",
    });
  });

  it("reports a refused key as a server problem (502), not as the browser's 401", () => {
    const error = toUpstreamError(
      upstream,
      401,
      openAiError("Invalid API key or token provided", "invalid_api_key", "401"),
    );
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/rejected the server's API key/);
  });

  it("never repeats a key that the upstream echoes", () => {
    const error = toUpstreamError(
      upstream,
      400,
      openAiError(`Key ${TEST_KEY} is not allowed`, "invalid_request_error"),
    );
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(TEST_KEY);
  });

  it("copes with a body that is not JSON", () => {
    expect(toUpstreamError(upstream, 502, undefined)).toMatchObject({ code: "upstream_error", status: 502 });
  });
});
