import { expect, test } from "@playwright/test";
import { injectFault } from "./support/faults";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";
import { readTaskIndex } from "./support/task-index";

// The server is killed (SIGKILL, as an OOM kill or a power cut of the process) while creates are
// in flight: one held up at the provider, others racing their row into the task index. After
// the restart no row is half written, every create that was answered 201 is there whole, and
// the history lists each task once, with its request for every task the index holds.

const servers: PrivateServer[] = [];

test.afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const server of servers) await server.dispose();
});

interface ListedVideo {
  id: string;
  mode: string | null;
  providerListed?: boolean | null;
}

test("kill -9 during creates leaves no half row and a consistent history", async () => {
  test.setTimeout(120_000);
  const first = await startPrivateServer();
  servers.push(first);
  const api = new StudioApi(first.url);
  const create = (prompt: string) =>
    api.json<{ id: string }>("POST", "/api/videos?mode=text_to_video", { ...TEXT_TO_VIDEO, prompt });

  // The next upstream request (the first create) waits 20 s at the provider: it is in flight
  // when the server dies, and the provider never made its task.
  await injectFault(first.url, { fault: "slow", slowMs: 20_000, faultCount: 1 });
  const held = create("Held at the provider when the server dies").catch(() => null);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const burst = Array.from({ length: 6 }, (_, n) => create(`Racing the crash, number ${n + 1}`));
  const answered: string[] = [];
  await Promise.race(
    burst.map((pending) =>
      pending.then((answer) => {
        if (answer.status === 201) answered.push(answer.body.id);
      }),
    ),
  );
  await first.crash();
  await Promise.allSettled([held, ...burst]);
  expect(answered.length).toBeGreaterThan(0);

  const { integrity, rows } = readTaskIndex(first.dataDir);
  expect(integrity).toBe("ok");
  for (const row of rows) {
    const request = JSON.parse(row.request_json) as { model: string; prompt: string };
    expect(request.model).toBe(TEXT_TO_VIDEO.model);
    expect(request.prompt).toMatch(/^Racing the crash/);
    expect(row.mode).toBe("text_to_video");
    expect(row.created_at).toBeGreaterThan(0);
  }
  const indexed = rows.map((row) => row.task_id);
  expect(indexed).toEqual(expect.arrayContaining(answered));

  const second = await startPrivateServer({ dataDir: first.dataDir });
  servers.push(second);
  const after = new StudioApi(second.url);
  const history = await after.ok<{ items: ListedVideo[] }>("GET", "/api/videos?limit=100");
  const listed = history.items.map((item) => item.id);
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed).toEqual(expect.arrayContaining(indexed));
  // Only the tasks that reached the provider exist: the held create left nothing anywhere.
  expect(listed.length).toBeLessThanOrEqual(burst.length);
  for (const id of indexed) {
    const detail = await after.ok<{ request: { prompt: string } | null; mode: string }>(
      "GET",
      `/api/videos/${id}`,
    );
    expect(detail.request?.prompt).toMatch(/^Racing the crash/);
    expect(detail.mode).toBe("text_to_video");
  }
});
