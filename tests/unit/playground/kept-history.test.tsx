import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { HistoryPanel } from "@/components/playground/history/history-panel";
import { ToastProvider } from "@/components/ui/toast";
import type { VideoTask } from "@/lib/schemas/video";
import { videoTask } from "./factories";
import { renderWithQuery, stubApi } from "./render-with-query";

// The History's part of kept outputs: which videos the app keeps, the space they take, a star
// per video sent to the server, and the starred-only view asked of the server.

const page = (items: VideoTask[]) => ({
  items,
  hasMore: false,
  firstId: items[0]?.id ?? null,
  lastId: items.at(-1)?.id ?? null,
});

// The rows load when there is a video to list; their code is imported once up front, so a busy
// machine's first transform of it does not count against the waits below.
beforeAll(() => import("@/components/playground/history/history-list"));
afterEach(() => vi.unstubAllGlobals());

function renderPanel() {
  renderWithQuery(
    <ToastProvider>
      <HistoryPanel
        activeId={null}
        onDeleted={vi.fn()}
        actions={{ onOpen: vi.fn(), onRunAgain: vi.fn(), onUseAsSource: vi.fn() }}
      />
    </ToastProvider>,
  );
}

/** A server holding two videos, the first kept; stars change with PATCH. */
function stubServer() {
  const starred = new Set<string>();
  const tasks = () => [
    videoTask("vid_1", { kept: true, starred: starred.has("vid_1") }),
    videoTask("vid_2", { kept: false, starred: starred.has("vid_2") }),
  ];
  const api = stubApi((url, init) => {
    if (url.pathname === "/api/archive")
      return { enabled: true, usedBytes: 1_572_864, keptCount: 1, capBytes: 20 * 1024 ** 3 };
    if (init?.method === "PATCH") {
      const id = url.pathname.split("/").at(-1)!;
      const { starred: on } = JSON.parse(String(init.body)) as { starred: boolean };
      if (on) starred.add(id);
      else starred.delete(id);
      return { id, starred: on };
    }
    const all = tasks();
    return page(url.searchParams.get("starred") === "true" ? all.filter((task) => task.starred) : all);
  });
  return api;
}

const item = (prompt: string) =>
  within(screen.getByRole("list", { name: "Past videos" }))
    .getAllByRole("listitem")
    .find((li) => li.textContent?.includes(prompt))!;

describe("kept videos in the History", () => {
  it("marks the kept videos and says how much space the copies take", async () => {
    stubServer();
    renderPanel();
    await screen.findByText("Prompt of vid_2");
    expect(within(item("Prompt of vid_1")).getByText("Kept")).toBeInTheDocument();
    expect(within(item("Prompt of vid_2")).queryByText("Kept")).not.toBeInTheDocument();
    expect(await screen.findByTestId("kept-space")).toHaveTextContent(
      "Kept copies: 1.5 MB of 20 GB (1 video)",
    );
  });

  it("stars a video on the server and lists it under Starred only", async () => {
    const { calls } = stubServer();
    const user = userEvent.setup();
    renderPanel();
    await screen.findByText("Prompt of vid_2");
    const star = within(item("Prompt of vid_2")).getByRole("button", { name: "Star: Prompt of vid_2" });
    expect(star).toHaveAttribute("aria-pressed", "false");
    await user.click(star);
    await waitFor(() =>
      expect(
        within(item("Prompt of vid_2")).getByRole("button", { name: "Star: Prompt of vid_2" }),
      ).toHaveAttribute("aria-pressed", "true"),
    );
    const patch = calls.find((call) => call.init?.method === "PATCH")!;
    expect(patch.url.pathname).toBe("/api/videos/vid_2");
    expect(JSON.parse(String(patch.init?.body))).toEqual({ starred: true });

    await user.click(screen.getByRole("button", { name: "Starred only" }));
    await waitFor(() => expect(screen.queryByText("Prompt of vid_1")).not.toBeInTheDocument());
    expect(screen.getByText("Prompt of vid_2")).toBeInTheDocument();
    expect(calls.some((call) => call.url.searchParams.get("starred") === "true")).toBe(true);
  });
});
