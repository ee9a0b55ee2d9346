import { expect, test } from "@playwright/test";
import { rm } from "node:fs/promises";
import path from "node:path";
import { PlaygroundPage } from "../playground/playground-page";
import { startPrivateServer, type PrivateServer } from "./support/private-server";
import { StudioApi, TEXT_TO_VIDEO } from "./support/studio-api";
import { readTaskIndex } from "./support/task-index";

// History, Run again and the mode of each task come from the app's own task index: they
// survive a crash of the server, and they survive the provider forgetting the tasks (as
// ModelArk does after 7 days), which is simulated by starting over with an empty emulator.

const servers: PrivateServer[] = [];

test.afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const server of servers) await server.dispose();
});

interface Listed {
  id: string;
  status: string;
  mode: string | null;
  providerListed?: boolean | null;
}
interface Detail extends Listed {
  request: Record<string, unknown> | null;
}

const EXTEND_PROMPT = "Extend <Video 1>, the paper boat drifts under a stone bridge";

async function waitCompleted(api: StudioApi, id: string) {
  await expect.poll(async () => (await api.getVideo(id)).status, { timeout: 60_000 }).toBe("completed");
}

test("History, Run again and each task's mode survive a restart and a provider that forgot", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const first = await startPrivateServer();
  servers.push(first);
  let api = new StudioApi(first.url);

  const original = await api.ok<{ id: string }>("POST", "/api/videos?mode=text_to_video", TEXT_TO_VIDEO);
  await waitCompleted(api, original.id);
  const { url } = await api.ok<{ url: string }>("GET", `/api/videos/${original.id}/source-url`);
  const extendBody = {
    model: "seedance-2.0",
    prompt: EXTEND_PROMPT,
    duration: 4,
    resolution: "480p",
    generate_audio: false,
    input_references: [{ type: "video_url", role: "reference_video", video_url: { url } }],
  };
  const extended = await api.ok<{ id: string; mode: string }>(
    "POST",
    `/api/videos?mode=extend_video&sources=${original.id}`,
    extendBody,
  );
  expect(extended.mode).toBe("extend_video");
  await waitCompleted(api, extended.id);

  // 1. A crash: the rows were committed before the answers, so both are there after it.
  await first.crash();
  const second = await startPrivateServer({ dataDir: first.dataDir });
  servers.push(second);
  api = new StudioApi(second.url);
  const history = await api.ok<{ items: Listed[] }>("GET", "/api/videos");
  expect(history.items.map(({ id, mode, providerListed }) => ({ id, mode, providerListed }))).toEqual([
    { id: extended.id, mode: "extend_video", providerListed: true },
    { id: original.id, mode: "text_to_video", providerListed: true },
  ]);
  const { rows } = readTaskIndex(second.dataDir);
  expect(rows.find((row) => row.task_id === extended.id)?.source_video_ids).toBe(
    JSON.stringify([original.id]),
  );
  await second.stop();

  // 2. The provider forgets every task: the index alone answers.
  await rm(path.join(first.dataDir, "emulator"), { recursive: true, force: true });
  const third = await startPrivateServer({ dataDir: first.dataDir });
  servers.push(third);
  api = new StudioApi(third.url);
  const remembered = await api.ok<{ items: Listed[] }>("GET", "/api/videos");
  expect(
    remembered.items.map(({ id, status, mode, providerListed }) => ({ id, status, mode, providerListed })),
  ).toEqual([
    { id: extended.id, status: "completed", mode: "extend_video", providerListed: false },
    { id: original.id, status: "completed", mode: "text_to_video", providerListed: false },
  ]);
  const detail = await api.ok<Detail>("GET", `/api/videos/${extended.id}`);
  expect(detail.request).toEqual(extendBody);
  expect(detail.mode).toBe("extend_video");

  // 3. In the Playground: the history shows the mode, and Run again fills the form from the index.
  const playground = new PlaygroundPage(page);
  await page.goto(`${third.url}/playground`);
  const item = playground.historyItem("the paper boat drifts under a stone bridge");
  await expect(item).toContainText("Extend video");
  await expect(item).toContainText("No longer kept by the provider");
  await expect(playground.historyItem(TEXT_TO_VIDEO.prompt)).toContainText("Text to video");
  await item.getByRole("button", { name: /Run again/ }).click();
  await expect(playground.mode("Extend video")).toHaveAttribute("aria-selected", "true");
  await expect(playground.prompt).toHaveValue(EXTEND_PROMPT);
});
