import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SearchInput } from "@/components/assets/library/search-input";

describe("the asset search box", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the search once typing pauses", () => {
    const onCommit = vi.fn();
    render(<SearchInput value="" onCommit={onCommit} />);
    const box = screen.getByRole("searchbox", { name: "Search assets by name or asset ID" });
    fireEvent.change(box, { target: { value: "he" } });
    fireEvent.change(box, { target: { value: "hero " } });
    expect(onCommit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith("hero");
  });

  it("drops text still waiting to be sent when the filters are cleared meanwhile", () => {
    const onCommit = vi.fn();
    const { rerender } = render(<SearchInput value="villain" onCommit={onCommit} />);
    const box = screen.getByRole("searchbox", { name: "Search assets by name or asset ID" });
    fireEvent.change(box, { target: { value: "ta_1234" } });
    rerender(<SearchInput value="" onCommit={onCommit} />);
    act(() => vi.advanceTimersByTime(200));
    expect(onCommit).not.toHaveBeenCalled();
    expect(box).toHaveValue("");
  });
});
