// @vitest-environment node
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env-schema";

describe("parseEnv", () => {
  it("runs on the embedded emulator with defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.mode).toBe("emulator");
    expect(env.TOKEN360_BASE_URL).toBe("https://api.token360.ai/v1");
    expect(env.DATA_DIR).toBe(".data");
    expect(env.APP_PASSWORD).toBeUndefined();
    expect(env.EMULATOR_TIME_SCALE).toBe(1);
  });

  it("switches to Token360 when a key is set and trims a trailing slash from the base URL", () => {
    const env = parseEnv({
      TOKEN360_API_KEY: "sk-abcdefghijklmnopqrstuvwxyz012345",
      TOKEN360_BASE_URL: "http://localhost:4000/emulator/v1/",
    });
    expect(env.mode).toBe("token360");
    expect(env.TOKEN360_BASE_URL).toBe("http://localhost:4000/emulator/v1");
  });

  it("treats empty optional values as missing", () => {
    const env = parseEnv({ TOKEN360_API_KEY: "", APP_PASSWORD: "  " });
    expect(env.mode).toBe("emulator");
    expect(env.APP_PASSWORD).toBeUndefined();
  });

  it("coerces numeric knobs and flags", () => {
    const env = parseEnv({
      EMULATOR_ASSET_PROCESSING_MS: "250",
      EMULATOR_ADMIN: "1",
      EMULATOR_TIME_SCALE: "10",
    });
    expect(env.EMULATOR_ASSET_PROCESSING_MS).toBe(250);
    expect(env.EMULATOR_ADMIN).toBe(true);
    expect(env.EMULATOR_TIME_SCALE).toBe(10);
  });

  it.each([
    ["TOKEN360_API_KEY", "not-a-key", "must look like sk-"],
    ["TOKEN360_BASE_URL", "ftp://example.com", "must be an http(s) URL"],
    ["APP_PASSWORD", "short", "at least 12 characters"],
    ["EMULATOR_ASSET_PROCESSING_MS", "-5", "must be 0 or more"],
    ["EMULATOR_TIME_SCALE", "0", "greater than 0"],
    ["EMULATOR_FAULT", "sometimes", "EMULATOR_FAULT"],
  ])("refuses an invalid %s with a message naming the variable and the problem", (name, value, expected) => {
    let error: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain(`${name}:`);
    expect(message).toContain(expected);
  });

  it("lists every invalid variable at once", () => {
    expect(() => parseEnv({ APP_PASSWORD: "x", TOKEN360_BASE_URL: "nope" })).toThrowError(
      /APP_PASSWORD[\s\S]*TOKEN360_BASE_URL|TOKEN360_BASE_URL[\s\S]*APP_PASSWORD/,
    );
  });
});
