import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { HistoryPanel } from "@/components/playground/history/history-panel";
import { videoHistoryQuery, videoQuery } from "@/lib/queries/videos";
import { videoTask } from "./factories";
import { renderWithQuery, stubApi } from "./render-with-query";

const task = videoTask;

// The polling rule as TanStack Query calls it: (query) => interval | false.
type IntervalOf = (query: { state: { data: unknown; status: string } }) => number | false;

// The rows load when there is a video to list; their code is imported once up front, so a busy
// machine's first transform of it does not count against the waits below.
beforeAll(() => import("@/components/playground/history/history-list"));
afterEach(() => vi.unstubAllGlobals());

describe("videoQuery polling", () => {
  const interval = videoQuery("vid_1").refetchInterval as unknown as IntervalOf;

  it("polls every 1.5 s until the task is completed or failed", () => {
    expect(interval({ state: { data: undefined, status: "pending" } })).toBe(1500);
    expect(interval({ state: { data: task("vid_1", { status: "queued" }), status: "success" } })).toBe(1500);
    expect(interval({ state: { data: task("vid_1", { status: "in_progress" }), status: "success" } })).toBe(
      1500,
    );
    expect(interval({ state: { data: task("vid_1"), status: "success" } })).toBe(false);
    expect(interval({ state: { data: task("vid_1", { status: "failed" }), status: "success" } })).toBe(false);
  });

  it("stops polling when the task can't be read", () => {
    expect(interval({ state: { data: undefined, status: "error" } })).toBe(false);
  });
});

describe("history paging", () => {
  it("asks for the next page after the last id, only while there is more", () => {
    const next = videoHistoryQuery().getNextPageParam;
    const page = (hasMore: boolean) => ({
      items: [task("a"), task("b")],
      hasMore,
      firstId: "a",
      lastId: "b",
    });
    expect(next(page(true), [page(true)], undefined, [undefined])).toBe("b");
    expect(next(page(false), [page(false)], undefined, [undefined])).toBeUndefined();
  });

  it("loads older tasks with Load more", async () => {
    const { calls } = stubApi((url) =>
      url.searchParams.get("after") === "vid_2"
        ? { items: [task("vid_3")], hasMore: false, firstId: "vid_3", lastId: "vid_3" }
        : { items: [task("vid_1"), task("vid_2")], hasMore: true, firstId: "vid_1", lastId: "vid_2" },
    );
    const user = userEvent.setup();
    renderWithQuery(
      <HistoryPanel
        activeId={null}
        onDeleted={() => undefined}
        actions={{ onOpen: vi.fn(), onRunAgain: vi.fn(), onUseAsSource: vi.fn() }}
      />,
    );
    expect(await screen.findByText("Prompt of vid_2")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("Prompt of vid_3")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument());
    const historyCalls = calls.filter((call) => call.url.pathname === "/api/videos");
    expect(historyCalls.map((call) => call.url.search)).toEqual(["?limit=10", "?limit=10&after=vid_2"]);
  });
});
