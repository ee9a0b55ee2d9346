import { describe, expect, it } from "vitest";
import { takeGroupIdSchema } from "@/lib/schemas/ids";
import { SEED_MAX } from "@/lib/playground/seed";
import {
  newTakeGroupId,
  startRun,
  takeSeeds,
  takesReducer,
  takesToSend,
  type TakeRun,
} from "@/lib/playground/takes";

// The takes queue: seeds, the group id, and never more takes at the provider than it runs.

const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe("takeSeeds", () => {
  it("counts up from the form's seed, wrapping past the largest", () => {
    expect(takeSeeds(3, 42)).toEqual([42, 43, 44]);
    expect(takeSeeds(2, SEED_MAX)).toEqual([SEED_MAX, 0]);
  });

  it("draws distinct random seeds below 2^31 when the form has none", () => {
    // 0.5 twice gives one seed: the second draw is skipped
    expect(takeSeeds(3, null, sequence(0.5, 0.5, 0.25, 0))).toEqual([2 ** 30, 2 ** 29, 0]);
    const seeds = takeSeeds(4, null);
    expect(new Set(seeds).size).toBe(4);
    for (const seed of seeds) expect(seed).toBeLessThan(2 ** 31);
  });
});

it("makes group ids the BFF accepts", () => {
  expect(takeGroupIdSchema.safeParse(newTakeGroupId()).success).toBe(true);
});

describe("the takes queue", () => {
  const send = (run: TakeRun, index: number, taskId: string) =>
    takesReducer(takesReducer(run, { type: "sending", groupId: run.groupId, index }), {
      type: "sent",
      groupId: run.groupId,
      index,
      taskId,
    })!;

  it("sends as many as the provider runs and holds the rest until one finishes", () => {
    let run = startRun("tg_aaaaaaaaaaaaaaaa", [1, 2, 3]);
    expect(takesToSend(run, 0, 2)).toEqual([0, 1]);
    run = takesReducer(run, { type: "sending", groupId: run.groupId, index: 0 })!;
    // One on its way counts against the limit
    expect(takesToSend(run, 0, 2)).toEqual([1]);
    run = send(run, 0, "vid_1");
    run = send(run, 1, "vid_2");
    // Two running: the third waits here
    expect(takesToSend(run, 2, 2)).toEqual([]);
    expect(run.takes[2]!.state).toBe("waiting");
    // One finished: the third goes
    expect(takesToSend(run, 1, 2)).toEqual([2]);
    expect(takesToSend(startRun("tg_bbbbbbbbbbbbbbbb", [1, 2, 3, 4]), 0, 120)).toEqual([0, 1, 2, 3]);
  });

  it("keeps a failed take's reason and ignores answers for an earlier group", () => {
    const run = startRun("tg_cccccccccccccccc", [7, 8]);
    const failed = takesReducer(run, {
      type: "failed",
      groupId: run.groupId,
      index: 1,
      message: "Too many",
    })!;
    expect(failed.takes[1]).toEqual({ seed: 8, state: "failed", taskId: null, error: "Too many" });
    expect(takesToSend(failed, 0, 4)).toEqual([0]);
    expect(takesReducer(run, { type: "sent", groupId: "tg_dddddddddddddddd", index: 0, taskId: "x" })).toBe(
      run,
    );
  });
});
