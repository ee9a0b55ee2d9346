import { z } from "zod";

/** GET /api/archive: the app's kept copies of finished videos (ARCHIVE, ARCHIVE_MAX_GB). */
export const archiveUsageSchema = z.object({
  enabled: z.boolean(),
  usedBytes: z.number().int().nonnegative(),
  keptCount: z.number().int().nonnegative(),
  /** null: no cap. */
  capBytes: z.number().int().positive().nullable(),
});
export type ArchiveUsage = z.infer<typeof archiveUsageSchema>;
