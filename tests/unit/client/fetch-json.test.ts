import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ClientApiError, toClientError } from "@/lib/client/api-error";
import { fetchJson } from "@/lib/client/fetch-json";

afterEach(() => vi.unstubAllGlobals());

describe("toClientError", () => {
  it("keeps the code, message and details of the app's error envelope", () => {
    const error = toClientError(409, {
      error: { code: "asset_group_not_active", message: "Not active.", details: 1 },
    });
    expect(error).toBeInstanceOf(ClientApiError);
    expect(error).toMatchObject({
      status: 409,
      code: "asset_group_not_active",
      message: "Not active.",
      details: 1,
    });
  });

  it("names the status for any other body", () => {
    expect(toClientError(504, null, "Gateway Timeout")).toMatchObject({
      code: "http_error",
      message: "The server answered 504 Gateway Timeout",
    });
    expect(toClientError(500, { message: "no envelope" }).message).toBe("The server answered 500");
  });
});

describe("fetchJson", () => {
  it("turns an error answer into a ClientApiError through the same envelope parser", async () => {
    const envelope = { error: { code: "not_found", message: "There is no such asset." } };
    vi.stubGlobal("fetch", async () => Response.json(envelope, { status: 404 }));
    await expect(fetchJson(z.unknown(), "/api/assets/x")).rejects.toMatchObject({
      status: 404,
      code: "not_found",
      message: "There is no such asset.",
    });
  });

  it("parses a successful answer with the route's schema", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ items: [] }));
    await expect(fetchJson(z.object({ items: z.array(z.string()) }), "/api/x")).resolves.toEqual({
      items: [],
    });
  });
});
