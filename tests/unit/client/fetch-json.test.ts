import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { anyAnswer, cursorPageAnswer, noContent, objectAnswer, pageAnswer } from "@/lib/client/answer";
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
    expect(toClientError(400, { error: { code: 1, message: "not a code" } }).code).toBe("http_error");
    expect(toClientError(400, { error: "bad" }).code).toBe("http_error");
  });
});

describe("the browser's answer parsers", () => {
  const asset = objectAnswer<{ assetId: string; name: string }>("assetId", "name");

  it("take an object that has the fields asked for, as it is", () => {
    const body = { assetId: "ta_1", name: "Hero", extra: true };
    expect(asset.parse(body)).toBe(body);
  });

  it("refuse a body that is not that kind of object", () => {
    expect(() => asset.parse({ assetId: "ta_1" })).toThrow(/name/);
    expect(() => asset.parse(null)).toThrow();
    expect(() => asset.parse([{ assetId: "ta_1", name: "Hero" }])).toThrow();
    expect(() => asset.parse("<html>")).toThrow();
  });

  it("check that a page holds a list of items", () => {
    expect(pageAnswer().parse({ items: [], total: 0, page: 1, pageSize: 20 }).items).toEqual([]);
    expect(() => pageAnswer().parse({ items: null, total: 0, page: 1, pageSize: 20 })).toThrow();
    expect(() => pageAnswer().parse({ items: [] })).toThrow();
    expect(cursorPageAnswer().parse({ items: [], hasMore: false, firstId: null, lastId: null })).toBeTruthy();
    expect(() => cursorPageAnswer().parse({ items: [], total: 0, page: 1 })).toThrow();
  });

  it("tell an empty answer from one with a body", () => {
    expect(noContent.parse(undefined)).toBeUndefined();
    expect(() => noContent.parse({})).toThrow();
    expect(anyAnswer.parse({ deleted: true })).toEqual({ deleted: true });
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

  it("reads a successful answer with the parser it is given", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ items: [], total: 0, page: 1, pageSize: 20 }));
    await expect(fetchJson(pageAnswer(), "/api/assets")).resolves.toMatchObject({ total: 0 });
  });

  it("reports an answer its parser refuses (a proxy's page, another route) as invalid_response", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>hello</html>", { status: 200 }));
    await expect(fetchJson(pageAnswer(), "/api/assets")).rejects.toMatchObject({
      status: 200,
      code: "invalid_response",
    });
    vi.stubGlobal("fetch", async () => Response.json({ id: "x" }));
    await expect(fetchJson(objectAnswer<{ assetId: string }>("assetId"), "/api/x")).rejects.toBeInstanceOf(
      ClientApiError,
    );
  });

  it("reads a 204 answer as no body", async () => {
    vi.stubGlobal("fetch", async () => new Response(null, { status: 204 }));
    await expect(fetchJson(noContent, "/api/session", { method: "DELETE" })).resolves.toBeUndefined();
  });

  it("still accepts a zod schema, for code that must check every field", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ items: [] }));
    await expect(fetchJson(z.object({ items: z.array(z.string()) }), "/api/x")).resolves.toEqual({
      items: [],
    });
  });
});
