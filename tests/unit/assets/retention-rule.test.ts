import { describe, expect, it } from "vitest";
import { retentionFor, retentionToSend } from "@/lib/assets/retention-rule";

describe("the retention lock", () => {
  it("locks Virtual Portrait uploads to No fixed expiry and says why", () => {
    expect(retentionFor("VIRTUAL_PORTRAIT", "7")).toEqual({
      locked: true,
      value: "none",
      label: "No fixed expiry",
      reason: "Virtual Portrait uploads do not use a per-file expiry date.",
    });
  });

  it("locks Real Face uploads the same way", () => {
    const rule = retentionFor("REAL_FACE", "30");
    expect(rule.locked).toBe(true);
    expect(rule.reason).toBe("Real Face uploads do not use a per-file expiry date.");
  });

  it("lets generic uploads keep the chosen retention", () => {
    expect(retentionFor("GENERIC", "30")).toEqual({
      locked: false,
      value: "30",
      label: "30 days",
      reason: null,
    });
  });

  it("leaves the choice open while no group is chosen", () => {
    expect(retentionFor(undefined, "1").locked).toBe(false);
  });

  it("never sends a per-file retention for portrait groups", () => {
    expect(retentionToSend("VIRTUAL_PORTRAIT", "7")).toBe("none");
    expect(retentionToSend("GENERIC", "7")).toBe("7");
  });
});
