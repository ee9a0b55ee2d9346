// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { jsonAnswer, takeJsonPayload } from "@/lib/emulator/http/json-answer";
import { listAssetGroups } from "@/lib/token360/asset-groups";
import { getAsset, listAssets } from "@/lib/token360/assets";
import { DEFAULT_RETRY_POLICY } from "@/lib/token360/retry";
import type { Upstream } from "@/lib/token360/upstream";
import { activePortraitAsset, API, call, KEY_A, ORIGIN, testEmulator } from "../emulator/fixtures";

// The embedded emulator hands its JSON answers to the app as values instead of text. That is
// only allowed if the value is exactly what the text would have parsed to, and if the app
// converts it exactly as it converts the text.

describe("jsonAnswer", () => {
  it("reads as the JSON text of its value, with a JSON content type", async () => {
    const data = { code: 0, data: { list: [{ id: 1, name: "a" }], total: 1 }, msg: "OK" };
    const response = jsonAnswer(data, { status: 201 });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe(JSON.stringify(data));
  });

  it("hands over its value without ever writing the text", async () => {
    const toJSON = vi.fn(() => "serialized");
    const response = jsonAnswer({ value: { toJSON } });
    // A stream that filled its queue on creation would have serialized already.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const payload = takeJsonPayload(response) as { value: unknown };
    expect(payload.value).toEqual({ toJSON });
    expect(toJSON).not.toHaveBeenCalled();
    // Taken once: a second take reads nothing.
    expect(takeJsonPayload(response)).toBeUndefined();
  });

  it("still hands over its value after the Response around it was rebuilt", () => {
    const inner = jsonAnswer({ ok: true });
    const rebuilt = new Response(inner.body, { status: inner.status, headers: inner.headers });
    expect(takeJsonPayload(rebuilt)).toEqual({ ok: true });
  });

  it("has nothing to hand over once its body was read, nor for any other response", async () => {
    const read = jsonAnswer({ ok: true });
    await read.text();
    expect(takeJsonPayload(read)).toBeUndefined();
    expect(takeJsonPayload(Response.json({ ok: true }))).toBeUndefined();
    expect(takeJsonPayload(new Response(null, { status: 204 }))).toBeUndefined();
  });
});

/** The app's view of an emulator, with or without taking values in-process. */
function upstreamOf(fetch: (request: Request) => Promise<Response>, takeJson: boolean): Upstream {
  return {
    mode: "emulator",
    label: "The embedded emulator",
    baseUrl: API,
    apiKey: KEY_A,
    fetch: (input, init) => fetch(new Request(input, init)),
    timeoutMs: 10_000,
    retry: DEFAULT_RETRY_POLICY,
    internalOrigin: ORIGIN,
    ...(takeJson ? { takeJson: takeJsonPayload } : {}),
  };
}

describe("the in-process emulator's JSON answers", () => {
  it("equal, value for value, what their text parses to", async () => {
    const env = testEmulator({ assetProcessingMs: 0 });
    const { groupId, assetId } = await activePortraitAsset(env.emulator, KEY_A);
    for (const path of [
      "/assets?current=1&size=20",
      `/assets?groupId=${groupId}`,
      `/assets/${assetId}`,
      "/asset-groups?current=1&size=10",
      `/asset-groups/${groupId}`,
    ]) {
      const taken = takeJsonPayload(await call(env.emulator, KEY_A).raw(path));
      const text = await (await call(env.emulator, KEY_A).raw(path)).text();
      expect(taken, path).toBeDefined();
      // Strict: an undefined field, a Date or a class instance would differ from the parsed text.
      expect(taken, path).toStrictEqual(JSON.parse(text));
    }
  });

  it("convert to the same records as the text does, and errors still come as text", async () => {
    const env = testEmulator({ assetProcessingMs: 0 });
    const { assetId } = await activePortraitAsset(env.emulator, KEY_A);
    let taken = 0;
    const counting = upstreamOf((request) => env.emulator.fetch(request), true);
    const take = counting.takeJson!;
    counting.takeJson = (response) => {
      const value = take(response);
      if (value !== undefined) taken += 1;
      return value;
    };
    const asText = upstreamOf((request) => env.emulator.fetch(request), false);
    const query = { page: 1, pageSize: 20 };
    expect(await listAssets(query, counting)).toEqual(await listAssets(query, asText));
    expect(await getAsset(assetId, counting)).toEqual(await getAsset(assetId, asText));
    expect(await listAssetGroups({ page: 1, pageSize: 10 }, counting)).toEqual(
      await listAssetGroups({ page: 1, pageSize: 10 }, asText),
    );
    expect(taken).toBe(3);
    // An error answer is read as text and mapped as from any upstream.
    await expect(getAsset("ta_00000000000000000000000000000000", counting)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(taken).toBe(3);
  });
});
