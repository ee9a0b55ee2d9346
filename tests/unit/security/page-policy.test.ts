// @vitest-environment node
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "@/lib/api/content-security-policy";
import { contentSecurityPolicyFor } from "@/lib/emulator/http/html-page";
import { pendingPage } from "@/lib/emulator/routes/verify-html";
import { exposureWarning, listenHostOf } from "@/lib/startup/exposure-warning";

// Item 11 (no inline script runs unless the server vouched for it) and the start-up warning.

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? "";

describe("the pages' Content-Security-Policy", () => {
  it("allows scripts by nonce only, never 'unsafe-inline'", () => {
    const scripts = directive(pageContentSecurityPolicy("abc123", false), "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it("allows eval only in development", () => {
    expect(directive(pageContentSecurityPolicy("n", true), "script-src")).toContain("'unsafe-eval'");
    expect(directive(pageContentSecurityPolicy("n", false), "script-src")).not.toContain("'unsafe-eval'");
  });
});

describe("the emulator's verification page", () => {
  it("allows exactly its own inline script and style, by hash", () => {
    const html = pendingPage("Cast <b>", 90);
    const policy = contentSecurityPolicyFor(html);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash("sha256").update(script).digest("base64");
    expect(directive(policy, "script-src")).toBe(`script-src 'sha256-${hash}'`);
    expect(policy).not.toContain("unsafe-inline");
    expect(directive(policy, "default-src")).toBe("default-src 'none'");
  });
});

describe("the start-up warning", () => {
  it("speaks up for every interface without a password, and only then", () => {
    expect(listenHostOf(["node", "/app/node_modules/next/dist/bin/next", "start"], "myhost")).toBe("");
    expect(listenHostOf(["node", "scripts/start.mjs", "-H", "127.0.0.1"], "0.0.0.0")).toBe("127.0.0.1");
    expect(listenHostOf(["node", "server.js"], "0.0.0.0")).toBe("0.0.0.0");
    expect(exposureWarning("0.0.0.0", false)).toMatch(/every network interface and APP_PASSWORD is not set/);
    expect(exposureWarning("", false)).not.toBeNull();
    expect(exposureWarning("0.0.0.0", true)).toBeNull();
    expect(exposureWarning("127.0.0.1", false)).toBeNull();
  });
});
