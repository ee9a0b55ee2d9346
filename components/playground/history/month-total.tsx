"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Currency } from "@/lib/pricing/price-table";
import { formatCost } from "@/lib/pricing/estimate";
import { spendQuery } from "@/lib/queries/pricing";

const startOfMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), 1).getTime();
};

/** What the videos finished this month (the browser's month) cost; asked again as more finish. */
export function MonthTotal({ finished }: { finished: number }) {
  const [since] = useState(startOfMonth);
  const { data } = useQuery(spendQuery(since, finished));
  if (!data) return null;
  const totals = data.totals;
  const text =
    totals.length === 0
      ? "Nothing spent this month"
      : totals.map((total) => formatCost(total.amount, total.currency as Currency)).join(" + ");
  const videos = totals.reduce((sum, total) => sum + total.tasks, 0);
  const estimated = totals.reduce((sum, total) => sum + total.estimatedTasks, 0);
  return (
    <p className="text-muted mb-3 text-sm" data-testid="month-total">
      This month: <span className="text-fg font-medium tabular-nums">{text}</span>
      {videos > 0 ? ` · ${videos} ${videos === 1 ? "video" : "videos"}` : null}
      {estimated > 0 ? ` (${estimated === videos ? "all" : estimated} est.)` : null}
    </p>
  );
}
