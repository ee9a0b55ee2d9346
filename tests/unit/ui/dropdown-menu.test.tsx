import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

function AccountMenu({ onSignOut }: { onSignOut: () => void }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger aria-label="Account menu">PS</DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Workspace</DropdownMenuLabel>
        <DropdownMenuItem>Assets</DropdownMenuItem>
        <DropdownMenuItem onSelect={onSignOut}>Sign out</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

describe("DropdownMenu", () => {
  it("is a closed menu button before its menu code is there", () => {
    render(<AccountMenu onSignOut={() => undefined} />);
    const trigger = screen.getByRole("button", { name: "Account menu" });
    expect(trigger.getAttribute("aria-haspopup")).toBe("menu");
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("opens on a click and runs the chosen item", async () => {
    const onSignOut = vi.fn();
    render(<AccountMenu onSignOut={onSignOut} />);
    await userEvent.click(screen.getByRole("button", { name: "Account menu" }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Sign out" }, { timeout: 10_000 }));
    expect(onSignOut).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
  });

  it.each(["{Enter}", " ", "{ArrowDown}"])(
    "opens from the keyboard (%s) with focus on the first item, and Escape gives focus back",
    async (key) => {
      render(<AccountMenu onSignOut={() => undefined} />);
      screen.getByRole("button", { name: "Account menu" }).focus();
      await userEvent.keyboard(key);
      const first = await screen.findByRole("menuitem", { name: "Assets" }, { timeout: 10_000 });
      await waitFor(() => expect(document.activeElement).toBe(first));
      await userEvent.keyboard("{ArrowDown}");
      expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: "Sign out" }));
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Account menu" }));
    },
  );
});
