import type { GroupKind } from "@/lib/schemas/asset-group";

// Every spelling seen for group kinds (API.md §3.1, §1.4 item 6), stored in one canonical form
// and answered in the form the docs' example uses.
const KIND_ALIASES: Record<string, GroupKind> = {
  VIRTUAL_PORTRAIT: "VIRTUAL_PORTRAIT",
  AIGC: "VIRTUAL_PORTRAIT",
  REAL_FACE: "REAL_FACE",
  REAL_PERSON: "REAL_FACE",
  LIVENESS_FACE: "REAL_FACE",
  LIVENESSFACE: "REAL_FACE",
  GENERIC: "GENERIC",
  GENERAL: "GENERIC",
};

export const ACCEPTED_GROUP_KINDS = Object.keys(KIND_ALIASES);

/** Canonical kind for any accepted spelling (case, `-` and spaces ignored); null when unknown. */
export function normalizeGroupKind(value: string): GroupKind | null {
  const key = value
    .trim()
    .toUpperCase()
    .replace(/[-\s]+/g, "_");
  return KIND_ALIASES[key] ?? null;
}

export const isPortrait = (kind: string) => kind === "VIRTUAL_PORTRAIT" || kind === "REAL_FACE";
