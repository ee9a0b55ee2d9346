// @vitest-environment node
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/api/page-session";

// Item 6: after sign-in the browser goes to `next`, but only ever to a path of this app, judged
// the way the browser's URL parser will read it.

describe("the page to return to after sign-in", () => {
  it.each([
    ["/\t/evil.example", "a tab the URL parser drops (/login?next=/%09/evil.example)"],
    ["/\n/evil.example", "a newline the URL parser drops"],
    ["/\\evil.example", "a backslash read as a slash"],
    ["//evil.example/x", "a protocol-relative URL"],
    ["/\\/evil.example", "a slash and a backslash"],
    ["https://evil.example/", "an absolute URL"],
    ["javascript:alert(1)", "a script URL"],
    ["assets", "a relative path"],
    ["", "nothing"],
  ])("refuses %j (%s)", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it.each([
    ["/assets", "/assets"],
    ["/assets?groupId=g1&page=2", "/assets?groupId=g1&page=2"],
    ["/playground#result", "/playground#result"],
    ["/emulator/verify/abc123", "/emulator/verify/abc123"],
  ])("keeps the app path %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("takes the first of repeated values", () => {
    expect(safeNextPath(["/assets", "//evil.example"])).toBe("/assets");
  });
});
