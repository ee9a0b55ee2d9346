import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useGenerate } from "@/components/playground/use-generate";
import { buildVideoRequest } from "@/lib/playground/build-request";
import { videoKeys } from "@/lib/queries/videos";
import { form } from "./factories";
import { stubApi } from "./render-with-query";

const task = {
  id: "vid_1",
  status: "queued",
  progress: 0,
  model: "seedance-2.0",
  prompt: "x",
  mode: "text_to_video",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: null,
  parameters: {
    duration: 5,
    resolution: "720p",
    aspectRatio: "adaptive",
    generateAudio: false,
    seed: null,
    watermark: false,
  },
  durationSeconds: null,
  contentUrl: null,
  lastFrameUrl: null,
  error: null,
};

afterEach(() => vi.unstubAllGlobals());

describe("useGenerate", () => {
  it("posts once however often Generate fires while the first request is pending", async () => {
    const { calls } = stubApi(() => task);
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const onCreated = vi.fn();
    const { result } = renderHook(() => useGenerate(onCreated), { wrapper });
    const body = buildVideoRequest(form());
    act(() => {
      result.current.generate(body);
      result.current.generate(body);
      result.current.generate(body);
    });
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(calls.filter((call) => call.init?.method === "POST")).toHaveLength(1);
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual(body);
    // The result view starts from the created task and knows the body for "Run again".
    expect(client.getQueryData(videoKeys.detail("vid_1"))).toMatchObject({ id: "vid_1", request: body });

    act(() => result.current.generate(body));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(2));
  });
});
