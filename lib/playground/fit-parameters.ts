import { MODEL_CAPABILITIES, type VideoModelId } from "@/lib/video/capabilities";
import type { PlaygroundForm } from "./form-state";

// Switching models keeps every media input (conflicts are shown, never resolved by dropping
// anything) but moves plain parameters into the new model's range, and says what moved.

export interface FittedForm {
  form: PlaygroundForm;
  /** Human sentences, e.g. "Resolution changed to 720p (seedance-2.0-fast goes up to 720p)". */
  changes: string[];
}

export function fitParameters(form: PlaygroundForm, model: VideoModelId): FittedForm {
  const caps = MODEL_CAPABILITIES[model];
  const changes: string[] = [];
  const next: PlaygroundForm = { ...form, model };
  const { min, max } = caps.duration;
  if (form.duration < min || form.duration > max) {
    next.duration = Math.min(max, Math.max(min, Math.round(form.duration)));
    changes.push(`Duration changed to ${next.duration} s (${model} makes ${min}–${max} s videos).`);
  }
  if (!caps.resolutions.includes(form.resolution)) {
    const best = caps.resolutions[caps.resolutions.length - 1] ?? "480p";
    next.resolution = best;
    changes.push(`Resolution changed to ${best} (${model} goes up to ${best}).`);
  }
  if (!caps.aspectRatios.includes(form.aspectRatio)) {
    next.aspectRatio = "adaptive";
    changes.push(`Aspect ratio changed to adaptive (${model} doesn't offer ${form.aspectRatio}).`);
  }
  if (!caps.audio && form.generateAudio) {
    next.generateAudio = false;
    changes.push(`Audio turned off (${model} can't generate audio).`);
  }
  return { form: next, changes };
}
