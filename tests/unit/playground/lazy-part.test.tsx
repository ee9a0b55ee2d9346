import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { lazyPart } from "@/components/playground/lazy-part";

function Part({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** A download that finishes when the test says so. */
function controlledLoad() {
  let finish: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const load = vi.fn(
    () =>
      new Promise<typeof Part>((resolve, reject) => {
        finish = () => resolve(Part);
        fail = () => reject(new Error("offline"));
      }),
  );
  return { load, finish: () => finish(), fail: () => fail() };
}

describe("a part of the Playground loaded when shown", () => {
  it("holds its place with the fallback until its code is in", async () => {
    const { load, finish } = controlledLoad();
    const Lazy = lazyPart(load, <span>Outline</span>);
    render(<Lazy label="Loaded part" />);
    expect(screen.getByText("Outline")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(await screen.findByText("Loaded part")).toBeInTheDocument();
    expect(screen.queryByText("Outline")).not.toBeInTheDocument();
  });

  it("renders at once, without the fallback, when preloaded before it is shown", async () => {
    const { load, finish } = controlledLoad();
    const Lazy = lazyPart(load, <span>Outline</span>);
    Lazy.preload();
    Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    render(<Lazy label="Ready part" />);
    // In the first commit: nothing suspended, so React has nothing to hold back.
    expect(screen.getByText("Ready part")).toBeInTheDocument();
    expect(screen.queryByText("Outline")).not.toBeInTheDocument();
  });

  it("tries a failed download again on the next preload", async () => {
    const { load, fail, finish } = controlledLoad();
    const Lazy = lazyPart(load);
    Lazy.preload();
    await act(async () => fail());
    Lazy.preload();
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => finish());
    render(<Lazy label="Second try" />);
    expect(screen.getByText("Second try")).toBeInTheDocument();
  });

  it("says when its code is in, so what opens it can wait and show it whole", async () => {
    const { load, finish } = controlledLoad();
    const Lazy = lazyPart(load, <span>Outline</span>);
    let settled = false;
    const ready = Lazy.ready().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await act(async () => finish());
    await ready;
    render(<Lazy label="Opened whole" />);
    expect(screen.getByText("Opened whole")).toBeInTheDocument();
    expect(screen.queryByText("Outline")).not.toBeInTheDocument();
  });

  it("settles ready() when the download fails too, leaving the error to the part", async () => {
    const { load, fail } = controlledLoad();
    const Lazy = lazyPart(load);
    const ready = Lazy.ready();
    await act(async () => fail());
    await expect(ready).resolves.toBeUndefined();
  });
});
