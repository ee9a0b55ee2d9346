// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors/api-error";
import { extractList, unwrapConsole } from "@/lib/token360/wire/envelope";
import { stubFetch, testUpstream } from "./factories";

const upstream = testUpstream(stubFetch().fetch);

describe("unwrapConsole", () => {
  it("returns data of a successful envelope", () => {
    expect(unwrapConsole(upstream, { code: 0, data: { a: 1 }, msg: "OK" })).toEqual({ a: 1 });
  });

  it("accepts code as a string", () => {
    expect(unwrapConsole(upstream, { code: "0", data: [1] })).toEqual([1]);
  });

  it("falls back to the top level when data is missing", () => {
    const body = { code: 0, assetId: "ta_x" };
    expect(unwrapConsole(upstream, body)).toBe(body);
  });

  it("passes a string data (delete answers) through", () => {
    expect(
      unwrapConsole(upstream, { code: 0, data: "Deleted successfully", msg: "Asset group deleted" }),
    ).toBe("Deleted successfully");
  });

  it("turns a non-zero code into an ApiError carrying the upstream message", () => {
    const error = (() => {
      try {
        unwrapConsole(upstream, {
          code: 10011,
          msg: "Asset group is not active",
          serviceCode: "GROUP_INACTIVE",
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "asset_group_not_active",
      status: 409,
      message: "Asset group is not active",
    });
  });

  it("uses an HTTP-looking code as the status", () => {
    expect(() => unwrapConsole(upstream, { code: 404, msg: "Asset not found" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});

describe("extractList", () => {
  it.each([
    [
      "data.list + pagination.total",
      { list: [1, 2], pagination: { current: 1, size: 20, total: 9 } },
      [1, 2],
      9,
    ],
    ["data.records + total", { records: [1], total: 1 }, [1], 1],
    ["data.items + total as a string", { items: [1, 2, 3], total: "30" }, [1, 2, 3], 30],
    ["a bare array", [4, 5], [4, 5], null],
    ["an empty object", {}, [], null],
  ])("reads %s", (_label, data, items, total) => {
    expect(extractList(data)).toEqual({ items, total });
  });

  it("fails loudly when the list is not an array", () => {
    expect(() => extractList({ list: "nope" })).toThrow(/unexpected shape/);
  });
});
