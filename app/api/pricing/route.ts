import { json } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { currentPrices, pricedProvider } from "@/lib/api/takes-and-cost";
import { pricingSchema } from "@/lib/schemas/pricing";

// Read at request time: the prices follow the running server's provider and PRICE_TABLE_FILE.
export const dynamic = "force-dynamic";

// GET /api/pricing - the running provider's price table and how many tasks it runs at once
export const GET = route({}, () =>
  json(pricingSchema, { provider: pricedProvider(), prices: currentPrices() }),
);
