import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

function Picker() {
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger aria-expanded={open}>Choose a group</PopoverTrigger>
      <PopoverContent aria-label="Groups">
        <input aria-label="Search groups" />
      </PopoverContent>
    </Popover>
  );
}

describe("Popover", () => {
  it("opens from its plain trigger once its code is there, focuses the content, and closes on Escape", async () => {
    render(<Picker />);
    const trigger = screen.getByRole("button", { name: "Choose a group" });
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("textbox", { name: "Search groups" })).toBeNull();

    await userEvent.click(trigger);
    const search = await screen.findByRole("textbox", { name: "Search groups" }, { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(screen.getByRole("button", { name: "Choose a group" }).getAttribute("aria-expanded")).toBe("true");

    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("textbox", { name: "Search groups" })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Choose a group" }));
  });

  it("runs the caller's own focus and pointer handlers on the plain trigger too", async () => {
    const onFocus = vi.fn();
    const onPointerEnter = vi.fn();
    render(
      <Popover open={false} onOpenChange={() => undefined}>
        <PopoverTrigger onFocus={onFocus} onPointerEnter={onPointerEnter}>
          Choose a group
        </PopoverTrigger>
      </Popover>,
    );
    const trigger = screen.getByRole("button", { name: "Choose a group" });
    await userEvent.hover(trigger);
    trigger.focus();
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    expect(onFocus).toHaveBeenCalledTimes(1);
  });
});
