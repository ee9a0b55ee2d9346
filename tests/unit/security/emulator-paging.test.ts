// @vitest-environment node
import { describe, expect, it } from "vitest";
import { emulatorForTest } from "./emulator-harness";

// Found by fuzzing the emulator's HTTP surface: a page number past 2^53 reached SQLite and the
// emulator answered 500. Absurd page numbers are the caller's mistake: a 400.

describe("page-numbered lists", () => {
  it.each(["99999999999999999999", "1e300", "1000000001"])(
    "refuse current=%s with a 400",
    async (current) => {
      const { send } = emulatorForTest();
      const answer = await send("GET", `/v1/assets?current=${current}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ serviceCode: "INVALID_PARAMETER" });
    },
  );

  it("still serve a page far past the end as empty", async () => {
    const { send } = emulatorForTest();
    const answer = await send("GET", "/v1/asset-groups?current=1000000000&size=100");
    expect(answer.status).toBe(200);
  });
});
