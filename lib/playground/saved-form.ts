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
// an old or edited copy can never put the form in a bad state. The check runs in the browser on
// every visit, so it is a few plain field rules rather than a schema library.

type Rule = (value: unknown) => boolean;
type Shape = Record<string, Rule>;

const text =
  (max: number, min = 0): Rule =>
  (value) =>
    typeof value === "string" && value.length >= min && value.length <= max;
const anyText: Rule = (value) => typeof value === "string";
const oneOf =
  (values: readonly unknown[]): Rule =>
  (value) =>
    values.includes(value);
const nullable =
  (rule: Rule): Rule =>
  (value) =>
    value === null || rule(value);
const integer =
  (min = Number.MIN_SAFE_INTEGER): Rule =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min;
const boolean: Rule = (value) => typeof value === "boolean";
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The fields of `shape`, each passing its rule (any other field is left out), or null. */
function pick(value: unknown, shape: Shape): Record<string, unknown> | null {
  if (!isRecord(value)) return null;
  const picked: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(shape)) {
    if (!rule(value[field])) return null;
    picked[field] = value[field];
  }
  return picked;
}

const KEPT_INPUTS: Record<string, Shape> = {
  asset: {
    source: oneOf(["asset"]),
    assetId: text(200, 1),
    name: text(500),
    mediaType: oneOf(MEDIA_TYPES),
    kind: nullable(oneOf(GROUP_KINDS)),
    groupName: nullable(anyText),
    previewUrl: nullable(anyText),
  },
  url: {
    source: oneOf(["url"]),
    url: text(4096, 1),
    name: text(500),
    mediaType: oneOf(MEDIA_TYPES),
    videoId: nullable(anyText),
  },
  file: {
    source: oneOf(["file"]),
    name: text(500),
    mediaType: oneOf(MEDIA_TYPES),
    sizeBytes: integer(0),
    assetId: text(200, 1),
    url: text(4096, 1),
  },
};
const keptInput = (input: unknown) => {
  const shape = isRecord(input) && typeof input.source === "string" ? KEPT_INPUTS[input.source] : undefined;
  return shape ? pick(input, shape) : null;
};

/** An input that carries its bytes (a data: URL) or is too big for storage is not kept. */
const MAX_KEPT_INPUT_CHARS = 8192;
const isKeepable = (input: MediaInput) => {
  const text = JSON.stringify(input);
  return text.length <= MAX_KEPT_INPUT_CHARS && !text.includes('"data:');
};
const SLOT_IDS = Object.keys(EMPTY_SLOTS) as SlotId[];
// Inputs are checked one by one: one that this version cannot read is left out, not the form.
const slotLists: Rule = (value) =>
  isRecord(value) &&
  Object.entries(value).every(
    ([slot, inputs]) =>
      (SLOT_IDS as string[]).includes(slot) &&
      (inputs === undefined || (Array.isArray(inputs) && inputs.length <= 100)),
  );

const FORM: Shape = {
  model: oneOf(VIDEO_MODEL_IDS),
  mode: oneOf(VIDEO_MODES),
  prompt: text(20_000),
  duration: integer(),
  resolution: oneOf(RESOLUTIONS),
  aspectRatio: oneOf(ASPECT_RATIOS),
  generateAudio: boolean,
  seed: text(40),
  watermark: boolean,
  returnLastFrame: boolean,
  slots: slotLists,
};
type KeptForm = Omit<PlaygroundForm, "slots"> & { slots: Partial<Record<SlotId, unknown[]>> };

/** Names of device files that were in the form and are not kept. */
const droppedFileNames: Rule = (value) =>
  Array.isArray(value) && value.length <= 50 && value.every(text(500));

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
  if (!isRecord(raw) || raw.version !== 1 || !droppedFileNames(raw.droppedFiles)) return null;
  const form = pick(raw.form, FORM) as KeptForm | null;
  if (!form) return null;
  const droppedFiles = raw.droppedFiles as string[];
  const slots: Record<SlotId, MediaInput[]> = { ...EMPTY_SLOTS };
  for (const slot of SLOT_IDS) {
    slots[slot] = (form.slots[slot] ?? []).flatMap((input) => {
      const kept = keptInput(input);
      return kept ? [kept as unknown as MediaInput] : [];
    });
  }
  return { form: fitParameters({ ...form, slots }, form.model).form, droppedFiles };
}
