import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ToastProvider, useToast } from "@/components/ui/toast";

function SaveButton() {
  const toast = useToast();
  return (
    <button
      type="button"
      onClick={() => toast({ title: "Saved", description: "The frame is an asset now." })}
    >
      Save
    </button>
  );
}

describe("ToastProvider", () => {
  it("renders no toast region until a toast is shown, then shows and announces it", async () => {
    render(
      <ToastProvider>
        <SaveButton />
      </ToastProvider>,
    );
    expect(screen.queryByRole("region")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("region", { name: /Notifications/ }, { timeout: 10_000 })).toBeTruthy();
    expect((await screen.findAllByText("Saved")).length).toBeGreaterThan(0);
    // Radix reads the toast out through a status region of its own.
    await waitFor(() => {
      const status = screen.getByRole("status");
      expect(status.textContent).toContain("Saved");
      expect(status.textContent).toContain("The frame is an asset now.");
    });
  });
});
