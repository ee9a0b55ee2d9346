import { queryOptions } from "@tanstack/react-query";
import { objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { PRICING_URL, pricingSpendUrl } from "@/lib/schemas/app-urls";
import type { Pricing, Spend } from "@/lib/schemas/pricing";

export const pricingKeys = {
  all: ["pricing"] as const,
  table: () => [...pricingKeys.all, "table"] as const,
  spend: (since: number, finished: number) => [...pricingKeys.all, "spend", { since, finished }] as const,
};

/** The running provider's prices: they change only when the server restarts. */
export const pricingQuery = () =>
  queryOptions({
    queryKey: pricingKeys.table(),
    queryFn: ({ signal }) => fetchJson(objectAnswer<Pricing>("provider", "prices"), PRICING_URL, { signal }),
    staleTime: Infinity,
  });

/**
 * What the videos finished since `since` cost. `finished` (how many the page has seen finish)
 * is part of the key, so the total is asked again when one more video finishes.
 */
export const spendQuery = (since: number, finished: number) =>
  queryOptions({
    queryKey: pricingKeys.spend(since, finished),
    queryFn: ({ signal }) => fetchJson(objectAnswer<Spend>("totals"), pricingSpendUrl(since), { signal }),
    placeholderData: (previous) => previous,
  });
