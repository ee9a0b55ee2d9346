import { z } from "zod";
import { mediaTypeSchema } from "@/lib/schemas/asset";
import { groupKindSchema } from "@/lib/schemas/asset-group";
import { ASPECT_RATIOS, RESOLUTIONS, VIDEO_MODEL_IDS, VIDEO_MODES } from "@/lib/video/capabilities";
import { fitParameters } from "./fit-parameters";
import { EMPTY_SLOTS, type MediaInput, type PlaygroundForm, type SlotId } from "./form-state";

// The Playground form as it is kept between visits (reload, leaving the page and coming back).
// Library assets, URLs and device files already uploaded (kept by reference) are kept as they
// are; a device file held inline (a data: URL) is not: its bytes may run to tens of megabytes,
// more than the browser's storage holds, so only its name is kept to say that it must be added
// again. What is read back is checked as strictly as any input, and fitted to its model again, so
// an old or edited copy can never put the form in a bad state.

const assetInputSchema = z.object({
  source: z.literal("asset"),
  assetId: z.string().min(1).max(200),
  name: z.string().max(500),
  mediaType: mediaTypeSchema,
  kind: groupKindSchema.nullable(),
  groupName: z.string().nullable(),
  previewUrl: z.string().nullable(),
});

const urlInputSchema = z.object({
  source: z.literal("url"),
  url: z.string().min(1).max(4096),
  name: z.string().max(500),
  mediaType: mediaTypeSchema,
  videoId: z.string().nullable(),
});

const fileReferenceSchema = z.object({
  source: z.literal("file"),
  name: z.string().max(500),
  mediaType: mediaTypeSchema,
  sizeBytes: z.number().int().nonnegative(),
  assetId: z.string().min(1).max(200),
  url: z.string().min(1).max(4096),
});

const keptInputSchema = z.discriminatedUnion("source", [
  assetInputSchema,
  urlInputSchema,
  fileReferenceSchema,
]);

/** An input that carries its bytes (a data: URL) or is too big for storage is not kept. */
const MAX_KEPT_INPUT_CHARS = 8192;
const isKeepable = (input: MediaInput) => {
  const text = JSON.stringify(input);
  return text.length <= MAX_KEPT_INPUT_CHARS && !text.includes('"data:');
};
const SLOT_IDS = Object.keys(EMPTY_SLOTS) as [SlotId, ...SlotId[]];
// Inputs are checked one by one: one that this version cannot read is left out, not the form.
const slotsSchema = z.partialRecord(z.enum(SLOT_IDS), z.array(z.unknown()).max(100));

const savedFormSchema = z.object({
  version: z.literal(1),
  form: z.object({
    model: z.enum(VIDEO_MODEL_IDS),
    mode: z.enum(VIDEO_MODES),
    prompt: z.string().max(20_000),
    duration: z.number().int(),
    resolution: z.enum(RESOLUTIONS),
    aspectRatio: z.enum(ASPECT_RATIOS),
    generateAudio: z.boolean(),
    seed: z.string().max(40),
    watermark: z.boolean(),
    returnLastFrame: z.boolean(),
    slots: slotsSchema,
  }),
  /** Names of device files that were in the form and are not kept. */
  droppedFiles: z.array(z.string().max(500)).max(50),
});

export interface RestoredForm {
  form: PlaygroundForm;
  droppedFiles: string[];
}

/** The form as text for storage: device files held inline are left out and named. */
export function serializeForm(form: PlaygroundForm): string {
  const droppedFiles: string[] = [];
  const slots = Object.fromEntries(
    Object.entries(form.slots).map(([slot, inputs]) => [
      slot,
      inputs.filter((input) => {
        if (isKeepable(input)) return true;
        droppedFiles.push(input.name);
        return false;
      }),
    ]),
  );
  return JSON.stringify({ version: 1, form: { ...form, slots }, droppedFiles: droppedFiles.slice(0, 50) });
}

/** A kept form read back, or null when there is none or it is not one this version wrote. */
export function restoreForm(text: string | null): RestoredForm | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = savedFormSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { form, droppedFiles } = parsed.data;
  const slots: Record<SlotId, MediaInput[]> = { ...EMPTY_SLOTS };
  for (const slot of SLOT_IDS) {
    slots[slot] = (form.slots[slot] ?? []).flatMap((input) => {
      const kept = keptInputSchema.safeParse(input);
      return kept.success ? [kept.data as MediaInput] : [];
    });
  }
  return { form: fitParameters({ ...form, slots }, form.model).form, droppedFiles };
}
