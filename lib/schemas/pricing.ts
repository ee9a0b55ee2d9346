import { z } from "zod";
import { PRICED_PROVIDERS } from "@/lib/pricing/price-table";
import { providerPricesSchema } from "@/lib/pricing/schema";

/** GET /api/pricing: the running provider's prices (null when the table has none for it). */
export const pricingSchema = z.object({
  provider: z.enum(PRICED_PROVIDERS),
  prices: providerPricesSchema.nullable(),
});
export type Pricing = z.infer<typeof pricingSchema>;

export const spendQuerySchema = z.strictObject({
  /** Epoch milliseconds: the start of the period (the browser's month starts in its own time zone). */
  since: z.coerce.number().int().min(0),
});

/** GET /api/pricing/spend: finished videos since `since`, per currency. */
export const spendSchema = z.object({
  totals: z.array(
    z.object({
      currency: z.string(),
      amount: z.number(),
      tasks: z.number().int(),
      /** Counted at the estimate, for want of the provider's usage. */
      estimatedTasks: z.number().int(),
    }),
  ),
});
export type Spend = z.infer<typeof spendSchema>;
