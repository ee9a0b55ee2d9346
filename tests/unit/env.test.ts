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

describe("parseEnv: the native Seedance provider (VIDEO_PROVIDER=ark)", () => {
  const key = "lz-0123456789abcdef";

  it("stays on Token360 or the emulator unless VIDEO_PROVIDER=ark", () => {
    expect(parseEnv({ ARK_API_KEY: key, ARK_PRESET: "byteplus" }).ark).toBeNull();
  });

  it("fills the host and model ids from a preset", () => {
    const env = parseEnv({ VIDEO_PROVIDER: "ark", ARK_API_KEY: key, ARK_PRESET: "volcengine" });
    expect(env.ark?.baseUrl).toBe("https://ark.cn-beijing.volces.com/api/v3");
    expect(env.ark?.models["seedance-2.0-fast"]).toBe("doubao-seedance-2-0-fast-260128");
    expect(env.ark?.downloadUrl).toBeNull();
  });

  it("keeps LaoZhang's download endpoint only while its own host is used", () => {
    const own = parseEnv({ VIDEO_PROVIDER: "ark", ARK_API_KEY: key, ARK_PRESET: "laozhang" });
    expect(own.ark?.baseUrl).toBe("https://api.laozhang.ai/seedance/api/v3");
    expect(own.ark?.downloadUrl).toBe("https://api.laozhang.ai/v1/videos/{id}/content");
    const elsewhere = parseEnv({
      VIDEO_PROVIDER: "ark",
      ARK_API_KEY: key,
      ARK_PRESET: "laozhang",
      ARK_BASE_URL: "http://127.0.0.1:3000/emulator/seedance/api/v3/",
    });
    expect(elsewhere.ark?.baseUrl).toBe("http://127.0.0.1:3000/emulator/seedance/api/v3");
    expect(elsewhere.ark?.downloadUrl).toBeNull();
  });

  it("lets ARK_MODEL_MAP override ids, and sends the app's names on a bare base URL", () => {
    const env = parseEnv({
      VIDEO_PROVIDER: "ark",
      ARK_API_KEY: key,
      ARK_BASE_URL: "https://relay.example/api/v3",
      ARK_MODEL_MAP: "seedance-2.0=my-endpoint-id",
    });
    expect(env.ark?.models["seedance-2.0"]).toBe("my-endpoint-id");
    expect(env.ark?.models["seedance-2.0-fast"]).toBe("seedance-2.0-fast");
    expect(env.ark?.label).toBe("Seedance API at relay.example");
  });

  it.each([
    [{ VIDEO_PROVIDER: "ark", ARK_PRESET: "byteplus" }, /ARK_API_KEY: is required when VIDEO_PROVIDER=ark/],
    [{ VIDEO_PROVIDER: "ark", ARK_API_KEY: key }, /ARK_PRESET: is required/],
    [{ VIDEO_PROVIDER: "openai" }, /VIDEO_PROVIDER: must be token360 or ark/],
    [{ VIDEO_PROVIDER: "ark", ARK_API_KEY: key, ARK_PRESET: "azure" }, /ARK_PRESET: must be one of laozhang/],
    [
      { VIDEO_PROVIDER: "ark", ARK_API_KEY: key, ARK_BASE_URL: "ftp://x" },
      /ARK_BASE_URL: must be an http\(s\) URL/,
    ],
    [{ ARK_MODEL_MAP: "seedance-9=abc" }, /ARK_MODEL_MAP: "seedance-9" is not one of/],
    [{ ARK_MODEL_MAP: "seedance-2.0" }, /ARK_MODEL_MAP: "seedance-2.0" is not name=model-id/],
    [{ ARK_API_KEY: "has space in it" }, /ARK_API_KEY: must be the provider's API key/],
  ])("stops start-up naming the variable: %j", (source, message) => {
    expect(() => parseEnv(source)).toThrowError(message);
  });
});
