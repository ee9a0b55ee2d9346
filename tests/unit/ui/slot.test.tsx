import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Button } from "@/components/ui/button";
import { Slot } from "@/components/ui/slot";

describe("asChild", () => {
  it("renders the child element with the button's classes and keeps the child's own", () => {
    render(
      <Button asChild variant="secondary" size="sm">
        <a href="/assets" className="underline">
          Open Assets
        </a>
      </Button>,
    );
    const link = screen.getByRole("link", { name: "Open Assets" });
    expect(link.getAttribute("href")).toBe("/assets");
    expect(link.className).toContain("border-border");
    expect(link.className).toContain("underline");
    expect(link.hasAttribute("type")).toBe(false);
  });

  it("runs the child's handler, then the slot's, and gives the element to both refs", async () => {
    const calls: string[] = [];
    const slotRef = createRef<HTMLButtonElement>();
    const childRef = vi.fn();
    render(
      <Slot ref={slotRef} onClick={() => calls.push("slot")} aria-haspopup="menu">
        <button type="button" ref={childRef} onClick={() => calls.push("child")}>
          More actions
        </button>
      </Slot>,
    );
    const button = screen.getByRole("button", { name: "More actions" });
    await userEvent.click(button);
    expect(calls).toEqual(["child", "slot"]);
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    expect(slotRef.current).toBe(button);
    expect(childRef).toHaveBeenCalledWith(button);
  });
});
