import { SEED_MAX } from "./seed";

// Several takes of one request: the same body with different seeds, sent as one group and at
// most as many at once as the provider runs (the rest wait here). A pure reducer, so the queue
// is tested without a browser; components/playground/takes/use-takes.ts runs it.

export const TAKE_COUNTS = [1, 2, 3, 4] as const;

/** waiting: not sent yet (the provider is busy); sending: posted, no answer yet. */
export type TakeState = "waiting" | "sending" | "sent" | "failed";

export interface Take {
  seed: number;
  state: TakeState;
  taskId: string | null;
  error: string | null;
}

export interface TakeRun {
  groupId: string;
  takes: Take[];
}

export type TakeAction =
  | { type: "start"; run: TakeRun }
  | { type: "sending"; groupId: string; index: number }
  | { type: "sent"; groupId: string; index: number; taskId: string }
  | { type: "failed"; groupId: string; index: number; message: string };

/** Seeds the providers take whatever their integer width: below 2^31. */
const RANDOM_SEED_LIMIT = 2 ** 31;

/**
 * One seed per take: the form's seed and the ones after it when the form has one (so a take can
 * be made again), else distinct random seeds.
 */
export function takeSeeds(
  count: number,
  formSeed: number | null,
  random: () => number = Math.random,
): number[] {
  if (formSeed !== null) return Array.from({ length: count }, (_, i) => (formSeed + i) % (SEED_MAX + 1));
  const seeds = new Set<number>();
  while (seeds.size < count) seeds.add(Math.floor(random() * RANDOM_SEED_LIMIT));
  return [...seeds];
}

/** `tg_` and 16 letters or digits (lib/schemas/ids.ts takeGroupIdSchema). */
export function newTakeGroupId(random: () => number = Math.random): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return `tg_${Array.from({ length: 16 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("")}`;
}

export function startRun(groupId: string, seeds: number[]): TakeRun {
  return { groupId, takes: seeds.map((seed) => ({ seed, state: "waiting", taskId: null, error: null })) };
}

export function takesReducer(run: TakeRun | null, action: TakeAction): TakeRun | null {
  if (action.type === "start") return action.run;
  // An answer for an earlier group changes nothing of the current one.
  if (!run || run.groupId !== action.groupId) return run;
  const patch: Partial<Take> =
    action.type === "sending"
      ? { state: "sending" }
      : action.type === "sent"
        ? { state: "sent", taskId: action.taskId }
        : { state: "failed", error: action.message };
  return { ...run, takes: run.takes.map((take, i) => (i === action.index ? { ...take, ...patch } : take)) };
}

/**
 * The takes to send now: waiting ones, as many as the provider has room for. `running` counts
 * the group's sent takes that have not finished; takes being sent count too.
 */
export function takesToSend(run: TakeRun, running: number, limit: number): number[] {
  const sending = run.takes.filter((take) => take.state === "sending").length;
  const room = Math.max(0, limit - running - sending);
  return run.takes.flatMap((take, i) => (take.state === "waiting" ? [i] : [])).slice(0, room);
}
