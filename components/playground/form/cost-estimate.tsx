"use client";

import { useQuery } from "@tanstack/react-query";
import { costInputOf, estimateCost, formatCost } from "@/lib/pricing/estimate";
import type { VideoRequestBody } from "@/lib/playground/build-request";
import { pricingQuery } from "@/lib/queries/pricing";

/**
 * What the request will cost by the running provider's price table, beside Generate: one take,
 * and all of them when several are asked for. Recomputed as the form changes.
 */
export function CostEstimate({ body, takes }: { body: VideoRequestBody; takes: number }) {
  const { data } = useQuery(pricingQuery());
  const input = costInputOf(body);
  const estimate = data && input ? estimateCost(data.prices, input) : null;
  let text: string;
  let detail: string | null = null;
  if (!data) text = "Estimate…";
  else if (!estimate) text = "No price known";
  else {
    const one = formatCost(estimate.amount, estimate.currency);
    text = takes > 1 ? `≈ ${formatCost(estimate.amount * takes, estimate.currency)}` : `≈ ${one}`;
    detail = [
      takes > 1 ? `${takes} takes × ${one}` : null,
      estimate.tokens !== null ? `${estimate.tokens.toLocaleString("en")} tokens` : `${estimate.seconds} s`,
      estimate.excludesInputVideo ? "plus the reference video's seconds" : null,
    ]
      .filter(Boolean)
      .join(" · ");
  }
  return (
    <output
      aria-live="polite"
      aria-label={`Estimated cost: ${text}${detail ? `, ${detail}` : ""}`}
      data-testid="cost-estimate"
      className="ml-auto flex min-w-0 flex-col text-right leading-tight"
    >
      <span className="text-sm font-semibold tabular-nums" data-testid="cost-estimate-amount">
        {text}
      </span>
      <span className="text-muted text-xs">{detail ?? "estimated cost"}</span>
    </output>
  );
}
