import type { Currency } from "@/lib/pricing/price-table";
import { formatCost } from "@/lib/pricing/estimate";
import type { VideoTask } from "@/lib/schemas/video";

/**
 * What a task cost: the provider's usage priced by the table, or the table's estimate marked
 * "est."; nothing for a task that failed (not billed) or that the app has no figure for.
 */
export function TaskCost({ task }: { task: Pick<VideoTask, "cost" | "status"> }) {
  const cost = task.cost;
  if (!cost || task.status === "failed") return null;
  const amount = formatCost(cost.amount, cost.currency as Currency);
  return (
    <span
      title={cost.estimated ? "Estimated from the price table" : "From the tokens the provider reported"}
      className="tabular-nums"
    >
      Cost {amount}
      {cost.estimated ? " est." : null}
    </span>
  );
}
