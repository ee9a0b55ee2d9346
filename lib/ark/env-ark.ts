import { z } from "zod";
import { isVideoModelId, VIDEO_MODEL_IDS } from "../video/capabilities";
import { ARK_PRESET_TABLE, ARK_PRESETS, type ArkModelMap, type ArkPresetName } from "./presets";

// The settings of the native Seedance provider, part of lib/env-schema.ts (pure: next.config
// validates at start-up). VIDEO_PROVIDER picks the video provider; ARK_PRESET fills the host
// and model ids; ARK_BASE_URL and ARK_MODEL_MAP override them.

const blankToUndefined = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** ARK_MODEL_MAP: `seedance-2.0=provider-id,seedance-2.0-fast=provider-id`. */
const modelMap = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const map: ArkModelMap = {};
    for (const pair of (value ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [name, id, ...rest] = pair.split("=").map((p) => p.trim());
      if (!name || !id || rest.length > 0 || !/^[A-Za-z0-9._:/-]{1,128}$/.test(id)) {
        ctx.addIssue({
          code: "custom",
          message: `"${pair}" is not name=model-id (e.g. seedance-2.0=doubao-seedance-2-0-260128)`,
        });
      } else if (!isVideoModelId(name)) {
        ctx.addIssue({ code: "custom", message: `"${name}" is not one of ${VIDEO_MODEL_IDS.join(", ")}` });
      } else {
        map[name] = id;
      }
    }
    return map;
  });

export const arkVariables = {
  VIDEO_PROVIDER: blankToUndefined.pipe(
    z.enum(["token360", "ark"], { error: "must be token360 or ark" }).optional(),
  ),
  ARK_API_KEY: blankToUndefined.pipe(
    z
      .string()
      .regex(/^[\x21-\x7e]{8,300}$/, "must be the provider's API key (8+ characters, no spaces)")
      .optional(),
  ),
  ARK_BASE_URL: blankToUndefined.pipe(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL ending in /api/v3" }).optional(),
  ),
  ARK_PRESET: blankToUndefined.pipe(
    z.enum(ARK_PRESETS, { error: `must be one of ${ARK_PRESETS.join(", ")}` }).optional(),
  ),
  ARK_MODEL_MAP: modelMap,
  ARK_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
};

interface ArkInput {
  VIDEO_PROVIDER?: "token360" | "ark";
  ARK_API_KEY?: string;
  ARK_BASE_URL?: string;
  ARK_PRESET?: ArkPresetName;
  ARK_MODEL_MAP: ArkModelMap;
  ARK_TIMEOUT_MS: number;
}

/** VIDEO_PROVIDER=ark needs a key and a host (a preset or a base URL). */
export function checkArkSettings(env: ArkInput, ctx: z.RefinementCtx) {
  if (env.VIDEO_PROVIDER !== "ark") return;
  if (!env.ARK_API_KEY) {
    ctx.addIssue({ code: "custom", path: ["ARK_API_KEY"], message: "is required when VIDEO_PROVIDER=ark" });
  }
  if (!env.ARK_PRESET && !env.ARK_BASE_URL) {
    ctx.addIssue({
      code: "custom",
      path: ["ARK_PRESET"],
      message: `is required when VIDEO_PROVIDER=ark and ARK_BASE_URL is not set (${ARK_PRESETS.join(", ")})`,
    });
  }
}

export interface ArkSettings {
  preset: ArkPresetName | null;
  label: string;
  /** No trailing slash. */
  baseUrl: string;
  apiKey: string;
  models: ArkModelMap;
  /** LaoZhang's download endpoint with `{id}`, only while its own host is used. */
  downloadUrl: string | null;
  timeoutMs: number;
}

/** The chosen native provider, or null when VIDEO_PROVIDER is not ark. */
export function arkSettings(env: ArkInput): ArkSettings | null {
  if (env.VIDEO_PROVIDER !== "ark" || !env.ARK_API_KEY) return null;
  const preset = env.ARK_PRESET ? ARK_PRESET_TABLE[env.ARK_PRESET] : null;
  const baseUrl = (env.ARK_BASE_URL ?? preset?.baseUrl ?? "").replace(/\/+$/, "");
  const ownHost = preset !== null && (env.ARK_BASE_URL === undefined || baseUrl === preset.baseUrl);
  return {
    preset: env.ARK_PRESET ?? null,
    label: preset?.label ?? `Seedance API at ${new URL(baseUrl).host}`,
    baseUrl,
    apiKey: env.ARK_API_KEY,
    // Without a preset the app's own names go out (the emulator accepts them) unless mapped.
    models: {
      ...(preset?.models ?? Object.fromEntries(VIDEO_MODEL_IDS.map((id) => [id, id]))),
      ...env.ARK_MODEL_MAP,
    },
    downloadUrl: ownHost ? (preset?.downloadUrl ?? null) : null,
    timeoutMs: env.ARK_TIMEOUT_MS,
  };
}
