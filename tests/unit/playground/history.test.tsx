import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { HistoryPanel } from "@/components/playground/history/history-panel";
import { HistoryPickerDialog } from "@/components/playground/history/history-picker-dialog";
import { Dialog } from "@/components/ui/dialog";
import { ToastProvider } from "@/components/ui/toast";
import type { VideoTask } from "@/lib/schemas/video";
import { videoTask } from "./factories";
import { renderWithQuery, stubApi } from "./render-with-query";

const task = (id: string, status: VideoTask["status"] = "completed"): VideoTask =>
  videoTask(id, { status, progress: status === "completed" ? 100 : 40 });

const page = (items: VideoTask[], hasMore = false) => ({
  items,
  hasMore,
  firstId: items[0]?.id ?? null,
  lastId: items.at(-1)?.id ?? null,
});

function renderPanel(onDeleted = vi.fn()) {
  renderWithQuery(
    <ToastProvider>
      <HistoryPanel
        activeId={null}
        onDeleted={onDeleted}
        actions={{ onOpen: vi.fn(), onRunAgain: vi.fn(), onUseAsSource: vi.fn() }}
      />
    </ToastProvider>,
  );
  return { onDeleted };
}

// The rows load when there is a video to list; their code is imported once up front, so a busy
// machine's first transform of it does not count against the waits below.
beforeAll(() => import("@/components/playground/history/history-list"));
afterEach(() => vi.unstubAllGlobals());

describe("History panel", () => {
  it("says why the history can't be loaded, and lists it once a retry succeeds", async () => {
    let down = true;
    stubApi(() => {
      if (down) throw new TypeError("Failed to fetch");
      return page([task("vid_1")]);
    });
    const user = userEvent.setup();
    renderPanel();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("History could not be loaded");
    expect(alert).toHaveTextContent("Could not reach the server");
    down = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Prompt of vid_1")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps the listed videos when Load more fails, and says so above them", async () => {
    stubApi((url) => {
      if (url.searchParams.get("after")) throw new TypeError("Failed to fetch");
      return page([task("vid_1"), task("vid_2")], true);
    });
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("History could not be loaded");
    const list = screen.getByRole("list", { name: "Past videos" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
  });

  it("asks before deleting, then deletes, closes and reports the deleted video", async () => {
    let deleted = false;
    const { calls } = stubApi((url, init) => {
      if (init?.method === "DELETE") {
        deleted = true;
        return {};
      }
      return page(deleted ? [] : [task("vid_1")]);
    });
    const user = userEvent.setup();
    const { onDeleted } = renderPanel();
    await user.click(await screen.findByRole("button", { name: "More actions: Prompt of vid_1" }));
    await user.click(await screen.findByRole("menuitem", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete this video?" });
    expect(within(dialog).getByText("Prompt of vid_1")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith("vid_1"));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(await screen.findByText("No videos yet")).toBeInTheDocument();
    expect(calls.filter((call) => call.init?.method === "DELETE").map((call) => call.url.pathname)).toEqual([
      "/api/videos/vid_1",
    ]);
  });
});

describe("Choose one of your videos", () => {
  it("lists completed videos only, and offers Load more from the empty state", async () => {
    stubApi((url) =>
      url.searchParams.get("after") === "vid_2"
        ? page([task("vid_3")])
        : page([task("vid_1", "in_progress"), task("vid_2", "failed")], true),
    );
    const user = userEvent.setup();
    renderWithQuery(
      <Dialog open>
        <HistoryPickerDialog onPick={vi.fn()} />
      </Dialog>,
    );
    expect(await screen.findByText("No completed videos yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("button", { name: /Prompt of vid_3/ })).toBeInTheDocument();
    expect(screen.queryByText("Prompt of vid_1")).not.toBeInTheDocument();
    expect(screen.queryByText("Prompt of vid_2")).not.toBeInTheDocument();
  });
});
