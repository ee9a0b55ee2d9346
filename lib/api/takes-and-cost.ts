import "server-only";
import type Database from "better-sqlite3";
import { env } from "@/lib/env";
import { costInputOf, costOfUsage, estimateCost } from "@/lib/pricing/estimate";
import { applyPriceFile } from "@/lib/pricing/price-file";
import { DEFAULT_PRICE_TABLE, type PricedProvider, type ProviderPrices } from "@/lib/pricing/price-table";
import type { VideoTaskRecord } from "@/lib/schemas/video";
import type { VideoRequest } from "@/lib/video/request";
import { createTakesRepo, type TakesRepo, type TaskExtras } from "@/lib/workspace/takes-repo";
import { getWorkspace } from "@/lib/workspace/workspace";

// Takes and cost around the task index: the price table of the running provider (with
// PRICE_TABLE_FILE laid over it), the estimate written when a task is created, the provider's
// usage priced when it reports one, and both added to the records the BFF answers with.

const repos = new WeakMap<Database.Database, TakesRepo>();

/** The takes-and-cost columns of the workspace's task index. */
export function takesRepo(): TakesRepo {
  const { db } = getWorkspace();
  let repo = repos.get(db);
  if (!repo) {
    repo = createTakesRepo(db);
    repos.set(db, repo);
  }
  return repo;
}

/** Which entry of the price table the running server uses. */
export function pricedProvider(): PricedProvider {
  if (env.ark) return env.ark.preset ?? "ark";
  return env.mode;
}

/** The running provider's prices, or null when the table has none for it. */
export function currentPrices(): ProviderPrices | null {
  const name = pricedProvider();
  const prices = applyPriceFile(DEFAULT_PRICE_TABLE, env.PRICE_TABLE_FILE)[name];
  if (!prices) return null;
  // The emulator renders EMULATOR_RENDER_CONCURRENCY videos at once, unless the file says otherwise.
  if (name === "emulator" && env.PRICE_TABLE_FILE?.emulator?.concurrentTasks === undefined)
    return { ...prices, concurrentTasks: env.EMULATOR_RENDER_CONCURRENCY };
  return prices;
}

/** Right after the row is written: its group of takes and what the table says it will cost. */
export function recordTakeAndEstimate(
  provider: string,
  taskId: string,
  body: VideoRequest,
  takeGroupId: string | null,
) {
  const prices = currentPrices();
  const input = costInputOf(body);
  const estimate = input ? estimateCost(prices, input) : null;
  takesRepo().record(provider, taskId, {
    takeGroupId,
    cost: prices ? { currency: prices.currency, estimate: estimate?.amount ?? null } : null,
  });
}

/** The provider reported tokens: kept with their price at the table's token rate. */
export function recordUsage(provider: string, taskId: string, body: VideoRequest | null, tokens: number) {
  const input = body ? costInputOf(body) : null;
  const billed = input ? costOfUsage(currentPrices(), input, tokens) : null;
  takesRepo().recordUsage(provider, taskId, tokens, billed);
}

type Extras = Pick<VideoTaskRecord, "takeGroupId" | "cost">;

function extrasOf(found: TaskExtras | undefined): Extras {
  if (!found) return { takeGroupId: null, cost: null };
  const cost = found.cost;
  const amount = cost?.billed ?? cost?.estimate ?? null;
  return {
    takeGroupId: found.takeGroupId,
    cost:
      cost && amount !== null ? { amount, currency: cost.currency, estimated: cost.billed === null } : null,
  };
}

/** Each record with its group of takes and its cost, as the task index holds them. */
export function withTakesAndCost<T extends { id: string }>(
  provider: string,
  records: T[],
  repo: TakesRepo = takesRepo(),
): (T & Extras)[] {
  const found = repo.extrasOf(
    provider,
    records.map((record) => record.id),
  );
  return records.map((record) => ({ ...record, ...extrasOf(found.get(record.id)) }));
}
