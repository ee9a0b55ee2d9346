import { z } from "zod";

/** GET /api/health: which upstream the server uses, the app version, and a live ping. */
export const healthSchema = z.object({
  mode: z.enum(["emulator", "token360"]),
  version: z.string(),
  upstream: z.object({
    ok: z.boolean(),
    latencyMs: z.number().int().nonnegative().optional(),
    message: z.string().optional(),
  }),
});
