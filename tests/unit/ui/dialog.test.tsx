import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Dialog, DialogContent } from "@/components/ui/dialog";

/** A row action: the dialog is mounted, already open, by the click, and unmounted on close. */
function MountedOnOpen() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Rename row
      </button>
      {open ? (
        <Dialog open onOpenChange={setOpen}>
          <DialogContent title="Rename">
            <input aria-label="Name" />
          </DialogContent>
        </Dialog>
      ) : null}
    </>
  );
}

/** A section button: the dialog stays mounted and only opens and closes. */
function AlwaysMounted() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New group
      </button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title="Create">
          <input aria-label="Name" />
        </DialogContent>
      </Dialog>
    </>
  );
}

describe("Dialog", () => {
  it.each([
    ["stays mounted", AlwaysMounted, "New group"],
    ["is mounted already open", MountedOnOpen, "Rename row"],
  ])("gives focus back to the button that opened it when it %s", async (_, Opener, name) => {
    const user = userEvent.setup();
    render(<Opener />);
    const button = screen.getByRole("button", { name });
    await user.click(button);
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });
});
