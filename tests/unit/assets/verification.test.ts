import { describe, expect, it } from "vitest";
import { formatCountdown, secondsLeft } from "@/lib/assets/countdown";
import { displayNameFromFile } from "@/lib/assets/display-name";
import { verificationPhase } from "@/lib/assets/verification-phase";

describe("the Real Face verification countdown", () => {
  const start = Date.parse("2026-01-01T00:00:00Z");
  const expiresAt = new Date(start + 120_000).toISOString();

  it("counts whole seconds down to zero and never below", () => {
    expect(secondsLeft(expiresAt, start)).toBe(120);
    expect(secondsLeft(expiresAt, start + 1_500)).toBe(119);
    expect(secondsLeft(expiresAt, start + 500_000)).toBe(0);
    expect(secondsLeft(null, start)).toBeNull();
  });

  it("shows minutes and seconds", () => {
    expect(formatCountdown(120)).toBe("2:00");
    expect(formatCountdown(65)).toBe("1:05");
    expect(formatCountdown(0)).toBe("0:00");
  });

  it("follows the server, and treats a link past its deadline as expired", () => {
    expect(verificationPhase("pending_validation", 30)).toBe("waiting");
    expect(verificationPhase("pending_validation", 0)).toBe("expired");
    expect(verificationPhase("active", 0)).toBe("verified");
    expect(verificationPhase("expired", 50)).toBe("expired");
    expect(verificationPhase("failed", 50)).toBe("failed");
  });
});

describe("display names from file names", () => {
  it("drops the extension and any folder", () => {
    expect(displayNameFromFile("hero-front.png")).toBe("hero-front");
    expect(displayNameFromFile("C:\\shots\\maya.v2.jpeg")).toBe("maya.v2");
    expect(displayNameFromFile(".png")).toBe(".png");
  });
});

describe("expiry labels", () => {
  it("says when a file expires, or that it has no fixed expiry", async () => {
    const { expiryLabel } = await import("@/lib/assets/expiry");
    const now = Date.parse("2026-01-10T12:00:00Z");
    expect(expiryLabel(null, now)).toBe("No fixed expiry");
    expect(expiryLabel("2026-01-17T12:00:00Z", now, "UTC")).toBe("Expires Jan 17, 2026");
    expect(expiryLabel("2026-01-09T12:00:00Z", now, "UTC")).toBe("Expired Jan 9, 2026");
  });
});
