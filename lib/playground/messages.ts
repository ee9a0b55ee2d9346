import { PORTRAIT_MODELS_MESSAGE } from "@/lib/video/capabilities";

// Rule messages shared by the form, the library picker and the tests. Each says what to do.

export const PORTRAIT_CONFLICT_MESSAGE = `${PORTRAIT_MODELS_MESSAGE}. Switch back to seedance-2.0 or seedance-2.0-fast, or remove the asset.`;

export const PROMPT_REQUIRED_MESSAGE = "Write a prompt that describes the video you want.";
