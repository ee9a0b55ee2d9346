import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { getTaskProvider } from "@/lib/api/task-provider";
import { takesRepo } from "@/lib/api/takes-and-cost";
import { spendQuerySchema, spendSchema } from "@/lib/schemas/pricing";

// GET /api/pricing/spend?since= - what the videos finished since then cost (the month's total)
export const GET = route({ query: spendQuerySchema }, ({ query }) =>
  json(spendSchema, { totals: takesRepo().spentSince(getTaskProvider().name, query.since) }),
);
