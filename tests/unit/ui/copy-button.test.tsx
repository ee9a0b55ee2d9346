import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CopyButton } from "@/components/ui/copy-button";

describe("CopyButton", () => {
  it("copies its value and confirms it in a status message", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    render(
      <CopyButton value="ta_0123456789abcdef0123456789abcdef" label="Copy asset ID">
        ta_0123…
      </CopyButton>,
    );
    await user.click(screen.getByRole("button", { name: "Copy asset ID" }));
    expect(writeText).toHaveBeenCalledWith("ta_0123456789abcdef0123456789abcdef");
    expect(await navigator.clipboard.readText()).toBe("ta_0123456789abcdef0123456789abcdef");
    expect(screen.getByRole("status")).toHaveTextContent("Copied");
  });

  it("says so when the clipboard refuses", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(new Error("denied"));
    render(<CopyButton value="x" label="Copy group ID" />);
    await user.click(screen.getByRole("button", { name: "Copy group ID" }));
    expect(screen.getByRole("status")).toHaveTextContent("Copy failed");
  });
});
