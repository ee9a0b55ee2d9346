// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "@/lib/errors/api-error";
import { assetParamsSchema } from "@/lib/api/params";
import { route } from "@/lib/api/route";

const TA = "ta_0123456789abcdef0123456789abcdef";
const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };

const handler = route(
  {
    params: assetParamsSchema,
    query: z.strictObject({ n: z.coerce.number().int().optional() }),
    body: z.strictObject({ name: z.string().min(1) }),
  },
  ({ params, query, body }) => Response.json({ params, query, body }),
);

const call = (init: RequestInit & { url?: string } = {}, assetId = TA) =>
  handler(new Request(init.url ?? "http://studio.test/api/x?n=2", { method: "POST", ...init }), {
    params: Promise.resolve({ assetId }),
  });

const json = (body: unknown, headers: Record<string, string> = SAME_ORIGIN) => ({
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

const errorOf = async (response: Response) => ({
  status: response.status,
  ...((await response.json()) as { error: object }).error,
});

describe("the route wrapper", () => {
  it("hands parsed params, query and body to the handler", async () => {
    const response = await call(json({ name: "Hero" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      params: { assetId: TA },
      query: { n: 2 },
      body: { name: "Hero" },
    });
  });

  it("refuses a cross-site mutation before looking at anything else", async () => {
    const response = await call(json("not json", { "sec-fetch-site": "cross-site" }), "..");
    expect(await errorOf(response)).toMatchObject({ status: 403, code: "forbidden_origin" });
  });

  it("refuses a mutation with neither Sec-Fetch-Site nor Origin", async () => {
    expect((await call(json({ name: "Hero" }, {}))).status).toBe(403);
  });

  it.each([
    ["malformed JSON", json("{nope"), 400, "validation_error"],
    ["an empty body", json(""), 400, "validation_error"],
    ["a wrong type", json({ name: 5 }), 400, "validation_error"],
    ["an unknown field", json({ name: "a", admin: true }), 400, "validation_error"],
    [
      "a form body",
      { headers: { ...SAME_ORIGIN, "content-type": "text/plain" }, body: "name=a" },
      415,
      "unsupported_media_type",
    ],
  ])("answers %s with a %i", async (_label, init, status, code) => {
    expect(await errorOf(await call(init))).toMatchObject({ status, code });
  });

  it("names the offending field in the message and details", async () => {
    const error = await errorOf(await call(json({ name: "" })));
    expect(error).toMatchObject({
      message: expect.stringMatching(/^Invalid body: name: /),
      details: { issues: [{ path: "name" }] },
    });
  });

  it("rejects a traversal-like id before the handler runs", async () => {
    expect(await errorOf(await call(json({ name: "a" }), "../../etc"))).toMatchObject({
      status: 400,
      code: "validation_error",
    });
  });

  it("rejects unknown query parameters", async () => {
    expect((await call({ ...json({ name: "a" }), url: "http://studio.test/api/x?evil=1" })).status).toBe(400);
  });

  it("caps the JSON body size", async () => {
    expect(await errorOf(await call(json({ name: "x".repeat(70_000) })))).toMatchObject({
      status: 413,
      code: "payload_too_large",
    });
  });

  it("maps an ApiError thrown by the handler and hides anything else", async () => {
    const failing = route({}, () => {
      throw new ApiError("not_found", "Gone");
    });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const crashing = route({}, () => {
      throw new Error("secret internals");
    });
    expect(await errorOf(await failing(new Request("http://studio.test/")))).toMatchObject({
      status: 404,
      message: "Gone",
    });
    const crash = await crashing(new Request("http://studio.test/"));
    expect(crash.status).toBe(500);
    expect(await crash.text()).not.toContain("secret internals");
  });

  it("lets reads through without origin headers", async () => {
    const read = route({}, () => new Response("ok"));
    expect((await read(new Request("http://studio.test/"))).status).toBe(200);
  });
});

describe("a route that forwards its body", () => {
  const forward = route(
    {
      body: z.strictObject({ model: z.string().trim(), items: z.array(z.object({ url: z.string() })) }),
      exactBody: true,
    },
    ({ body }) => Response.json(body),
  );
  const send = (body: unknown) =>
    forward(
      new Request("http://studio.test/api/videos", {
        method: "POST",
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );

  it("passes a body that parses to itself", async () => {
    expect((await send({ model: "m", items: [{ url: "u" }] })).status).toBe(200);
  });

  it("refuses a nested field the schema would silently drop, naming it", async () => {
    const error = await errorOf(await send({ model: "m", items: [{ url: "u", extra: 1 }] }));
    expect(error).toMatchObject({ status: 400, details: { param: "items[0].extra" } });
  });

  it("refuses a value the schema would rewrite", async () => {
    expect(await errorOf(await send({ model: " m ", items: [] }))).toMatchObject({
      status: 400,
      details: { param: "model" },
    });
  });
});
