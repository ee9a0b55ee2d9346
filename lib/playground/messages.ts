import { PORTRAIT_MODELS_MESSAGE } from "@/lib/video/capabilities";

// Rule messages shared by the form, the library picker and the tests. Each says what to do.

export const PORTRAIT_CONFLICT_MESSAGE = `${PORTRAIT_MODELS_MESSAGE}. Switch back to seedance-2.0 or seedance-2.0-fast, or remove the asset.`;

/** The seed: generic uploads are not provider-backed Virtual Portrait assets. */
export const GENERIC_UPLOAD_MESSAGE =
  "Generic uploads (ua_…) can't be used as Virtual Portrait references: they are not registered with the provider. Upload the image again into an active Virtual Portrait group on the Assets page.";

export const PROMPT_REQUIRED_MESSAGE = "Write a prompt that describes the video you want.";
