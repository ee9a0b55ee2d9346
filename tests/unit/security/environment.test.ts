// @vitest-environment node
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env-schema";

// Settings that keep a network deployment safe, refused at start-up with the variable's name.

const problem = (source: Record<string, string>) => {
  try {
    parseEnv(source);
    return null;
  } catch (error) {
    return error instanceof EnvError ? error.message : String(error);
  }
};

describe("security settings", () => {
  it("needs an APP_PASSWORD of at least 12 characters (item 4)", () => {
    expect(problem({ APP_PASSWORD: "elevenchars" })).toMatch(/APP_PASSWORD: must be at least 12 characters/);
    expect(problem({ APP_PASSWORD: "twelve chars" })).toBeNull();
  });

  it("refuses the emulator's admin routes beside a real provider key (item 7)", () => {
    expect(problem({ EMULATOR_ADMIN: "true", TOKEN360_API_KEY: "sk-abcdefghijklmnop" })).toMatch(
      /EMULATOR_ADMIN: must not be true while TOKEN360_API_KEY is set/,
    );
    expect(problem({ EMULATOR_ADMIN: "true", ARK_API_KEY: "ark-key-0123456789" })).toMatch(
      /EMULATOR_ADMIN: must not be true while ARK_API_KEY is set/,
    );
    expect(problem({ EMULATOR_ADMIN_TOKEN: "too-short" })).toMatch(
      /EMULATOR_ADMIN_TOKEN: must be at least 24/,
    );
  });

  it("trusts forwarded headers only when TRUST_PROXY says how many proxies there are (item 8)", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(problem({ TRUST_PROXY: "yes please" })).toMatch(/TRUST_PROXY: must be false, true or a number/);
  });

  it("reads the host allowlist and the app's address (item 3)", () => {
    const env = parseEnv({
      APP_URL: "https://studio.example.com",
      ALLOWED_HOSTS: "studio.lan, 10.0.0.5:3000",
    });
    expect(env.APP_URL).toBe("https://studio.example.com");
    expect(env.ALLOWED_HOSTS).toEqual(["studio.lan", "10.0.0.5:3000"]);
    expect(problem({ ALLOWED_HOSTS: "https://evil.example/path" })).toMatch(
      /ALLOWED_HOSTS: .* is not a host name/,
    );
    expect(problem({ APP_URL: "studio.example.com" })).toMatch(/APP_URL: must be an http\(s\) URL/);
  });

  it("serves the emulator over HTTP unless EMULATOR_HTTP=false, and keeps outbound loopback off (items 1, 2)", () => {
    expect(parseEnv({}).EMULATOR_HTTP).toBe(true);
    expect(parseEnv({ EMULATOR_HTTP: "false" }).EMULATOR_HTTP).toBe(false);
    expect(parseEnv({}).EMULATOR_ALLOW_LOOPBACK_FETCH).toBe(false);
  });

  it("has no public default key for the app's own emulator tenant (item 1)", () => {
    expect(JSON.stringify(parseEnv({}))).not.toContain("sk-portrait-studio-local-emulator");
  });
});
