import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useAssetUrlState } from "@/components/assets/library/use-asset-url-state";

let search = new URLSearchParams();
vi.mock("next/navigation", () => ({
  usePathname: () => "/assets",
  useSearchParams: () => search,
}));

describe("useAssetUrlState", () => {
  beforeEach(() => {
    search = new URLSearchParams("group=grp_a&page=3");
    window.history.replaceState(null, "", "/assets?group=grp_a&page=3");
  });

  it("starts from the URL", () => {
    const { result } = renderHook(() => useAssetUrlState());
    expect(result.current[0]).toEqual({ q: "", group: "grp_a", status: null, page: 3 });
  });

  it("applies a change at once and writes it to the URL, back on page 1", () => {
    const { result } = renderHook(() => useAssetUrlState());
    act(() => result.current[1]({ status: "processing" }));
    expect(result.current[0]).toEqual({ q: "", group: "grp_a", status: "processing", page: 1 });
    expect(window.location.search).toBe("?group=grp_a&status=processing");
  });

  it("ignores the router echoing its own change but adopts a navigation made elsewhere", () => {
    const { result, rerender } = renderHook(() => useAssetUrlState());
    act(() => result.current[1]({ q: "hero" }));
    search = new URLSearchParams("q=hero&group=grp_a");
    rerender();
    expect(result.current[0].q).toBe("hero");

    search = new URLSearchParams("");
    rerender();
    expect(result.current[0]).toEqual({ q: "", group: null, status: null, page: 1 });
  });

  it("keeps the same updater between renders, so memoised sections stay put", () => {
    const { result, rerender } = renderHook(() => useAssetUrlState());
    const first = result.current[1];
    act(() => first({ q: "x" }));
    rerender();
    expect(result.current[1]).toBe(first);
  });
});

describe("useAssetUrlState with a slow router", () => {
  it("does not go back to an older filter when the router echoes it late", () => {
    search = new URLSearchParams("");
    const { result, rerender } = renderHook(() => useAssetUrlState());
    act(() => result.current[1]({ q: "villain" }));
    act(() => result.current[1]({ q: "ta_1" }));
    act(() => result.current[1]({ q: "" }));
    search = new URLSearchParams("q=villain");
    rerender();
    search = new URLSearchParams("q=ta_1");
    rerender();
    expect(result.current[0].q).toBe("");
    search = new URLSearchParams("");
    rerender();
    expect(result.current[0].q).toBe("");
  });
});
