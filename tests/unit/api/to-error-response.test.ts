// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, ERROR_STATUS } from "@/lib/errors/api-error";
import { toErrorResponse } from "@/lib/api/to-error-response";

afterEach(() => vi.restoreAllMocks());

describe("toErrorResponse", () => {
  it("answers an ApiError with its status and the one error shape", async () => {
    const response = toErrorResponse(
      new ApiError("asset_group_not_active", "Asset group is not active", { param: "groupId" }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: "asset_group_not_active",
        message: "Asset group is not active",
        details: { param: "groupId" },
      },
    });
  });

  it("passes extra headers such as Retry-After", () => {
    const response = toErrorResponse(new ApiError("rate_limited", "slow", undefined, { "retry-after": "3" }));
    expect(response.headers.get("retry-after")).toBe("3");
  });

  it("turns an unknown error into a plain 500 that echoes nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = toErrorResponse(new Error("SELECT * FROM secrets WHERE key='sk-live-abcdef123456'"));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
    expect(text).not.toContain("SELECT");
    expect(log.mock.calls.flat().join(" ")).not.toContain("sk-live-abcdef123456");
  });

  it("gives every code a 4xx or 5xx status", () => {
    for (const status of Object.values(ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
