// Seedance 2.0 has no edit/extend/stitch role: the source clips go in as `reference_video`
// items and the prompt says what to do with them, addressing inputs by position (UPSTREAM.md
// §1.4). These are the canonical instructions the Playground writes and the emulator reads.

export type InstructionMode = "edit_video" | "extend_video" | "stitch_video";

export const STITCH_CLIPS = { min: 2, max: 3 } as const;

/** The opening of a prompt for a mode; stitch names every clip in order. */
export function instructionFor(mode: InstructionMode, clips: number = STITCH_CLIPS.min): string {
  if (mode === "edit_video") return "Strictly edit <Video 1>, ";
  if (mode === "extend_video") return "Extend <Video 1>, ";
  const count = Math.min(STITCH_CLIPS.max, Math.max(STITCH_CLIPS.min, clips));
  const rest = Array.from({ length: count - 1 }, (_, k) => `followed by <Video ${k + 2}>`);
  return `<Video 1>, ${rest.join(", ")}, `;
}

// Any canonical opening, so switching modes replaces the old one instead of stacking them.
const OPENING =
  /^\s*(?:Strictly edit <Video 1>,?\s*|Extend <Video 1>,?\s*|<Video 1>,?(?:\s*followed by <Video \d>,?)+\s*)/i;

/** The prompt with the mode's instruction at its start (or none, for other modes). */
export function withInstruction(prompt: string, mode: string, clips?: number): string {
  const rest = prompt.replace(OPENING, "");
  if (mode !== "edit_video" && mode !== "extend_video" && mode !== "stitch_video") return rest;
  return instructionFor(mode, clips) + rest;
}

/**
 * What a prompt asks of its reference videos, read as upstream does: an edit or an extension
 * of <Video 1>, or the clips played one after another ("<Video 1> … followed by <Video 2>").
 * Null when the prompt gives no such instruction (a plain reference task).
 */
export function modeFromInstruction(prompt: string, videos: number): InstructionMode | null {
  if (videos === 0) return null;
  if (/^\s*strictly edit <video 1>/i.test(prompt)) return "edit_video";
  if (/^\s*extend <video 1>/i.test(prompt)) return "extend_video";
  if (videos >= 2 && /<video 1>[\s\S]*?followed by[\s\S]*?<video 2>/i.test(prompt)) return "stitch_video";
  return null;
}
