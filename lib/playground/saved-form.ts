import { z } from "zod/mini";
import { GROUP_KINDS } from "@/lib/schemas/asset-group-values";
import { MEDIA_TYPES } from "@/lib/schemas/asset-values";
import { ASPECT_RATIOS, RESOLUTIONS, VIDEO_MODEL_IDS, VIDEO_MODES } from "@/lib/video/capabilities";
import { fitParameters } from "./fit-parameters";
import { EMPTY_SLOTS, type MediaInput, type PlaygroundForm, type SlotId } from "./form-state";

// The Playground form as it is kept between visits (reload, leaving the page and coming back).
// Library assets, URLs and device files already uploaded (kept by reference) are kept as they
// are; a device file held inline (a data: URL) is not: its bytes may run to tens of megabytes,
// more than the browser's storage holds, so only its name is kept to say that it must be added
// again. What is read back is checked as strictly as any input, and fitted to its model again, so
// an old or edited copy can never put the form in a bad state. The check runs in the browser, so
// it uses zod/mini (a few kilobytes) rather than the whole of zod.

const text = (max: number) => z.string().check(z.maxLength(max));
const filled = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const mediaTypeSchema = z.enum(MEDIA_TYPES);

const assetInputSchema = z.object({
  source: z.literal("asset"),
  assetId: filled(200),
  name: text(500),
  mediaType: mediaTypeSchema,
  kind: z.nullable(z.enum(GROUP_KINDS)),
  groupName: z.nullable(z.string()),
  previewUrl: z.nullable(z.string()),
});

const urlInputSchema = z.object({
  source: z.literal("url"),
  url: filled(4096),
  name: text(500),
  mediaType: mediaTypeSchema,
  videoId: z.nullable(z.string()),
});

const fileReferenceSchema = z.object({
  source: z.literal("file"),
  name: text(500),
  mediaType: mediaTypeSchema,
  sizeBytes: z.int().check(z.minimum(0)),
  assetId: filled(200),
  url: filled(4096),
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
const slotsSchema = z.partialRecord(z.enum(SLOT_IDS), z.array(z.unknown()).check(z.maxLength(100)));

const savedFormSchema = z.object({
  version: z.literal(1),
  form: z.object({
    model: z.enum(VIDEO_MODEL_IDS),
    mode: z.enum(VIDEO_MODES),
    prompt: text(20_000),
    duration: z.int(),
    resolution: z.enum(RESOLUTIONS),
    aspectRatio: z.enum(ASPECT_RATIOS),
    generateAudio: z.boolean(),
    seed: text(40),
    watermark: z.boolean(),
    returnLastFrame: z.boolean(),
    slots: slotsSchema,
  }),
  /** Names of device files that were in the form and are not kept. */
  droppedFiles: z.array(text(500)).check(z.maxLength(50)),
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
