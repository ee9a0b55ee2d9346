import type { VideoModelId } from "@/lib/video/capabilities";

// The hosts that serve the native Seedance task API (UPSTREAM.md §1.1, §1.2, §3): each preset
// fills the base URL and the provider's ids for the app's model names. Pure, so the env schema
// can check ARK_PRESET and ARK_MODEL_MAP before the server starts.

export const ARK_PRESETS = ["laozhang", "byteplus", "volcengine"] as const;
export type ArkPresetName = (typeof ARK_PRESETS)[number];

/** The app's model name -> the id this provider expects in `model`. */
export type ArkModelMap = Partial<Record<VideoModelId, string>>;

export interface ArkPreset {
  label: string;
  /** Ends in /api/v3, no trailing slash. */
  baseUrl: string;
  models: ArkModelMap;
  /**
   * LaoZhang's compatibility download (§3; `{id}` is replaced by the task id); the official hosts only
   * hand out `content.video_url`, valid 24 h.
   */
  downloadUrl: string | null;
}

const BYTEPLUS_MODELS: ArkModelMap = {
  "seedance-2.0": "dreamina-seedance-2-0-260128",
  "seedance-2.0-fast": "dreamina-seedance-2-0-fast-260128",
};

const VOLCENGINE_MODELS: ArkModelMap = {
  "seedance-2.0": "doubao-seedance-2-0-260128",
  "seedance-2.0-fast": "doubao-seedance-2-0-fast-260128",
  "seedance-1.5-pro": "doubao-seedance-1-5-pro-251215",
};

export const ARK_PRESET_TABLE: Record<ArkPresetName, ArkPreset> = {
  laozhang: {
    label: "LaoZhang API",
    baseUrl: "https://api.laozhang.ai/seedance/api/v3",
    // LaoZhang's page names no ids of its own; it relays the official ones (assumption: the
    // BytePlus ids). ARK_MODEL_MAP overrides them when a key's group expects others.
    models: BYTEPLUS_MODELS,
    downloadUrl: "https://api.laozhang.ai/v1/videos/{id}/content",
  },
  byteplus: {
    label: "BytePlus ModelArk",
    baseUrl: "https://ark.ap-southeast.bytepluses.com/api/v3",
    models: BYTEPLUS_MODELS,
    downloadUrl: null,
  },
  volcengine: {
    label: "Volcengine Ark",
    baseUrl: "https://ark.cn-beijing.volces.com/api/v3",
    models: VOLCENGINE_MODELS,
    downloadUrl: null,
  },
};

/** Every provider id of every preset -> the app's name (the emulator accepts all of them). */
export function appModelOf(providerId: string, extra: ArkModelMap = {}): VideoModelId | null {
  const maps = [extra, ...ARK_PRESETS.map((name) => ARK_PRESET_TABLE[name].models)];
  for (const map of maps) {
    for (const [app, id] of Object.entries(map)) if (id === providerId) return app as VideoModelId;
  }
  return null;
}
