import type { Migration } from "./migration";

// Takes and cost on each task. `take_group_id` ties the takes of one Generate together (the
// same request with different seeds); `cost_estimate` is the price table's figure when the task
// was created, in `cost_currency`; `usage_tokens` is what the provider's `usage` reported once
// the task finished, and `cost_billed` those tokens at the table's rate (null when the provider
// reports no usage or does not bill by token). Tasks recorded before this step have none.
export const takesAndCostMigration: Migration = {
  version: 5,
  name: "takes_and_cost",
  sql: `
ALTER TABLE video_tasks ADD COLUMN take_group_id TEXT;
ALTER TABLE video_tasks ADD COLUMN cost_currency TEXT;
ALTER TABLE video_tasks ADD COLUMN cost_estimate REAL;
ALTER TABLE video_tasks ADD COLUMN usage_tokens INTEGER;
ALTER TABLE video_tasks ADD COLUMN cost_billed REAL;
CREATE INDEX video_tasks_by_take_group ON video_tasks (provider, take_group_id) WHERE take_group_id IS NOT NULL;
`,
};
