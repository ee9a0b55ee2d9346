import type Database from "better-sqlite3";

// The takes-and-cost columns of video_tasks (migration 5): which group of takes a task belongs
// to, what it was estimated to cost, and what the provider's usage says it cost. The row itself
// is written by tasks-repo; these columns are filled right after it, and by what the provider
// reports later.

export interface TaskCost {
  currency: string;
  /** The price table's figure when the task was created. */
  estimate: number | null;
  /** The provider's reported tokens, once it finished. */
  usageTokens: number | null;
  /** Those tokens at the table's rate; null when the provider reported none. */
  billed: number | null;
}

export interface TaskExtras {
  takeGroupId: string | null;
  cost: TaskCost | null;
}

/** What the finished tasks since a moment cost, per currency. */
export interface Spend {
  currency: string;
  amount: number;
  tasks: number;
  /** Tasks counted at the estimate, for want of the provider's usage. */
  estimatedTasks: number;
}

interface ExtrasRow {
  task_id: string;
  take_group_id: string | null;
  cost_currency: string | null;
  cost_estimate: number | null;
  usage_tokens: number | null;
  cost_billed: number | null;
}

const toExtras = (row: ExtrasRow): TaskExtras => ({
  takeGroupId: row.take_group_id,
  cost:
    row.cost_currency === null
      ? null
      : {
          currency: row.cost_currency,
          estimate: row.cost_estimate,
          usageTokens: row.usage_tokens,
          billed: row.cost_billed,
        },
});

export function createTakesRepo(db: Database.Database) {
  const record = db.prepare(`UPDATE video_tasks SET take_group_id = @take_group_id,
    cost_currency = @cost_currency, cost_estimate = @cost_estimate
    WHERE provider = @provider AND task_id = @task_id`);
  // Usage is written once: a provider that later clears its answer never erases it.
  const usage = db.prepare(`UPDATE video_tasks SET usage_tokens = @tokens, cost_billed = @billed
    WHERE provider = @provider AND task_id = @task_id AND usage_tokens IS NULL`);
  const extras = db.prepare<[string, string], ExtrasRow>(`SELECT task_id, take_group_id, cost_currency,
    cost_estimate, usage_tokens, cost_billed FROM video_tasks
    WHERE provider = ? AND task_id IN (SELECT value FROM json_each(?))`);
  const group = db.prepare<[string, string], { task_id: string }>(
    "SELECT task_id FROM video_tasks WHERE provider = ? AND take_group_id = ? ORDER BY created_at, task_id",
  );
  const spend = db.prepare<
    [string, number],
    { currency: string; amount: number; tasks: number; estimated: number }
  >(
    `SELECT cost_currency AS currency, SUM(COALESCE(cost_billed, cost_estimate, 0)) AS amount,
      COUNT(*) AS tasks, SUM(cost_billed IS NULL) AS estimated
    FROM video_tasks WHERE provider = ? AND created_at >= ? AND status = 'completed'
      AND cost_currency IS NOT NULL
    GROUP BY cost_currency ORDER BY tasks DESC`,
  );

  return {
    record(
      provider: string,
      taskId: string,
      takes: { takeGroupId: string | null; cost: { currency: string; estimate: number | null } | null },
    ): void {
      record.run({
        provider,
        task_id: taskId,
        take_group_id: takes.takeGroupId,
        cost_currency: takes.cost?.currency ?? null,
        cost_estimate: takes.cost?.estimate ?? null,
      });
    },
    /** The provider's usage, kept the first time it is reported. */
    recordUsage(provider: string, taskId: string, tokens: number, billed: number | null): void {
      usage.run({ provider, task_id: taskId, tokens: Math.round(tokens), billed });
    },
    extrasOf(provider: string, taskIds: readonly string[]): Map<string, TaskExtras> {
      if (taskIds.length === 0) return new Map();
      const rows = extras.all(provider, JSON.stringify(taskIds));
      return new Map(rows.map((row) => [row.task_id, toExtras(row)]));
    },
    /** The tasks of one group of takes, oldest first. */
    groupTasks: (provider: string, takeGroupId: string) =>
      group.all(provider, takeGroupId).map((row) => row.task_id),
    spentSince(provider: string, since: number): Spend[] {
      return spend.all(provider, since).map((row) => ({
        currency: row.currency,
        amount: row.amount,
        tasks: row.tasks,
        estimatedTasks: row.estimated,
      }));
    },
  };
}
export type TakesRepo = ReturnType<typeof createTakesRepo>;
