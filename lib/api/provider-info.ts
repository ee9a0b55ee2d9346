import "server-only";
import { env } from "@/lib/env";
import type { ProviderInfo } from "@/lib/schemas/provider-info";
import { MODEL_CAPABILITIES, VIDEO_MODEL_IDS, type ModelCapabilities } from "@/lib/video/capabilities";

// Which video provider this server runs against, as the pages need to know it: the header
// badge names it, the Assets page and "From assets" explain a missing asset library, and the
// model list holds what the provider offers.

function assetLibraryNote(): string | null {
  if (!env.ark) return null;
  const reason =
    env.ark.preset === "laozhang"
      ? "LaoZhang lists real-person and virtual-human assets as waiting for launch"
      : "Portrait Studio does not connect to this provider's asset library yet";
  return `${env.ark.label} has no portrait asset library here yet: ${reason}. Use image, video or audio files and URLs instead of Virtual Portrait or Real Face assets.`;
}

export function providerInfo(): ProviderInfo {
  const common = { inlineImages: false, localMediaNote: null };
  if (env.ark) {
    // No upload endpoint: images go inline, clips and audio need a URL the provider can fetch,
    // which only PUBLIC_URL gives a file on this server.
    return {
      kind: "ark",
      label: env.ark.label,
      assetLibraryNote: assetLibraryNote(),
      inlineImages: true,
      localMediaNote: env.PUBLIC_URL
        ? null
        : `${env.ark.label} cannot fetch a clip or audio file from this computer: it has no upload, and this server has no PUBLIC_URL to serve the file from. Paste its address with Link, or use an earlier result.`,
    };
  }
  return env.mode === "token360"
    ? { kind: "token360", label: "Token360", assetLibraryNote: null, ...common }
    : { kind: "emulator", label: "Emulator", assetLibraryNote: null, ...common };
}

/** The capability table narrowed to the models the provider offers (ARK_PRESET, ARK_MODEL_MAP). */
export function providerModels(): ModelCapabilities[] {
  const all = VIDEO_MODEL_IDS.map((id) => MODEL_CAPABILITIES[id]);
  const ark = env.ark;
  if (!ark) return all;
  // No portrait assets through this adapter yet; the rest of each model's limits are Seedance's own.
  return all
    .filter((caps) => ark.models[caps.id] !== undefined)
    .map((caps) => ({ ...caps, portraitAssets: false }));
}
