import { QueryClient, type Query } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { assetKeys, assetListQuery } from "@/lib/queries/assets";
import { isLive } from "@/lib/queries/live-status";
import { openLiveStream } from "@/lib/queries/live-stream";
import type { Asset } from "@/lib/schemas/asset";
import type { Page } from "@/lib/schemas/page";

// The tab's stream against a stand-in EventSource the test drives (jsdom has none): open means
// live and no polling; a drop means polling again; a refused stream is reopened with a growing
// delay; a hidden tab lets go of its connection.

class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new Event("open"));
  }
  fail({ closed }: { closed: boolean }) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.dispatchEvent(new Event("error"));
  }
  send(data: unknown) {
    this.dispatchEvent(new MessageEvent("change", { data: JSON.stringify(data) }));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const latest = () => FakeEventSource.opened.at(-1)!;
const processing = { assetId: "ta_1", name: "Hero", status: "processing" } as Asset;
const listKey = assetKeys.list({});

function pollingOf(client: QueryClient) {
  const options = assetListQuery({});
  const query = client.getQueryCache().find({ queryKey: listKey }) as unknown as Query<Page<Asset>>;
  return typeof options.refetchInterval === "function"
    ? options.refetchInterval(query as never)
    : options.refetchInterval;
}

let visibility: DocumentVisibilityState = "visible";

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  vi.stubGlobal("EventSource", FakeEventSource);
  visibility = "visible";
  vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the live-status stream", () => {
  it("stops the list's polling while open and brings it back when the stream drops", () => {
    const client = new QueryClient();
    client.setQueryData<Page<Asset>>(listKey, { items: [processing], total: 1, page: 1, pageSize: 50 });
    const stop = openLiveStream(client);
    expect(latest().url).toBe("/api/events");
    expect(pollingOf(client)).toBe(1500);

    latest().open();
    expect(isLive()).toBe(true);
    expect(pollingOf(client)).toBe(false);
    // Opening refreshes what is on screen, to catch up.
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);

    client.setQueryData<Page<Asset>>(listKey, { items: [processing], total: 1, page: 1, pageSize: 50 });
    latest().fail({ closed: false });
    expect(isLive()).toBe(false);
    expect(pollingOf(client)).toBe(1500);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
    // The browser reconnects by itself after a network error: no second EventSource.
    expect(FakeEventSource.opened).toHaveLength(1);
    stop();
  });

  it("reopens a stream the server refused after 1 s, then 2 s, and starts again at 1 s once open", async () => {
    const client = new QueryClient();
    const stop = openLiveStream(client);
    latest().fail({ closed: true });
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeEventSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened).toHaveLength(2);

    latest().fail({ closed: true });
    await vi.advanceTimersByTimeAsync(1999);
    expect(FakeEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened).toHaveLength(3);

    latest().open();
    latest().fail({ closed: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeEventSource.opened).toHaveLength(4);
    stop();
  });

  it("puts each event into the cache", () => {
    const client = new QueryClient();
    client.setQueryData<Page<Asset>>(listKey, { items: [processing], total: 1, page: 1, pageSize: 50 });
    const stop = openLiveStream(client);
    latest().open();
    latest().send({ type: "asset", asset: { ...processing, status: "active" } });
    expect(client.getQueryData<Page<Asset>>(listKey)?.items[0]?.status).toBe("active");
    latest().send({ type: "unknown" });
    stop();
  });

  it("lets go of the stream while the tab is hidden and opens a new one when it is shown", () => {
    const client = new QueryClient();
    const stop = openLiveStream(client);
    const first = latest();
    first.open();

    visibility = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(isLive()).toBe(false);

    visibility = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(FakeEventSource.opened).toHaveLength(2);
    latest().open();
    expect(isLive()).toBe(true);

    stop();
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
    expect(isLive()).toBe(false);
  });
});
