import { z } from "zod";
// Relative, not "@/": next.config.ts loads this file (through lib/env-schema), and its loader has no path aliases.
import { RESOLUTIONS, VIDEO_MODEL_IDS } from "../video/capabilities";
import { CURRENCIES, PRICED_PROVIDERS } from "./price-table";

// The price table as JSON: a PRICE_TABLE_FILE overriding entries, and the current provider's
// prices as /api/pricing answers them. Unknown keys are refused, so a typo is an error, not a
// price silently left at its default.

const price = z.number().nonnegative("a price is 0 or more");
const byResolutionSchema = z.partialRecord(z.enum(RESOLUTIONS), price);

export const modelPriceSchema = z.strictObject({
  unit: z.enum(["token", "second"]),
  perUnit: byResolutionSchema,
  withVideoInput: byResolutionSchema.optional(),
  audioFactor: z.number().positive().optional(),
});

export const providerPricesSchema = z.strictObject({
  currency: z.enum(CURRENCIES),
  concurrentTasks: z.number().int().min(1).max(1000),
  models: z.partialRecord(z.enum(VIDEO_MODEL_IDS), modelPriceSchema),
  sources: z.array(z.string()),
});

/** One provider's entry in the file: any field replaces the default; `models` replaces by model. */
const providerOverrideSchema = providerPricesSchema.partial();

export const priceTableFileSchema = z.partialRecord(z.enum(PRICED_PROVIDERS), providerOverrideSchema);
export type PriceTableFile = z.infer<typeof priceTableFileSchema>;
