import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { afterEach, expect, it, vi } from "vitest";
import { useTakes } from "@/components/playground/takes/use-takes";
import { buildVideoRequest } from "@/lib/playground/build-request";
import { form } from "./factories";
import { stubApi } from "./render-with-query";

afterEach(() => vi.unstubAllGlobals());

const taskOf = (id: string, status: string) => ({
  id,
  status,
  progress: null,
  model: "seedance-2.0",
  prompt: "x",
  mode: "text_to_video",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: null,
  parameters: {
    duration: 4,
    resolution: "480p",
    aspectRatio: "adaptive",
    generateAudio: false,
    seed: null,
    watermark: false,
  },
  durationSeconds: null,
  contentUrl: null,
  lastFrameUrl: null,
  error: null,
  request: null,
});

it("posts no more takes than the provider runs at once, and the next when one finishes", async () => {
  const status = new Map<string, string>();
  const { calls } = stubApi((url, init) => {
    if (init?.method === "POST") {
      const id = `vid_${status.size + 1}`;
      status.set(id, "queued");
      return taskOf(id, "queued");
    }
    const id = url.pathname.split("/").at(-1)!;
    return taskOf(id, status.get(id) ?? "queued");
  });
  const posts = () => calls.filter((call) => call.init?.method === "POST");
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const started: string[] = [];
  const { result } = renderHook(() => useTakes(2, (groupId) => started.push(groupId)), { wrapper });

  const body = buildVideoRequest(form({ prompt: "A kite over the dunes" }));
  act(() => result.current.start(body, { mode: "text_to_video" }, 3));
  await waitFor(() =>
    expect(result.current.run?.takes.filter((take) => take.state === "sent")).toHaveLength(2),
  );
  expect(posts()).toHaveLength(2);
  expect(result.current.run?.takes[2]?.state).toBe("waiting");

  // One take finishes: its detail query says so, and the third goes.
  status.set("vid_1", "completed");
  await act(() => client.invalidateQueries());
  await waitFor(() => expect(posts()).toHaveLength(3), { timeout: 5000 });

  const groups = new Set(posts().map((call) => call.url.searchParams.get("group")));
  expect([...groups]).toEqual([started[0]]);
  const seeds = posts().map((call) => (JSON.parse(String(call.init?.body)) as { seed: number }).seed);
  expect(new Set(seeds).size).toBe(3);
  expect(seeds).toEqual(result.current.run?.takes.map((take) => take.seed));
});
