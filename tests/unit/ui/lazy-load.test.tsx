import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { whenOpened, whenRendered } from "@/components/ui/lazy-load";

function Panel({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return open ? (
    <div role="dialog" aria-label="Rename">
      <button type="button" onClick={() => onOpenChange(false)}>
        Close
      </button>
    </div>
  ) : (
    <p>closed panel</p>
  );
}

function Page({ load }: { load: () => Promise<typeof Panel> }) {
  const [LazyPanel] = useState(() => whenOpened(load));
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <LazyPanel open={open} onOpenChange={setOpen} />
    </>
  );
}

describe("whenOpened", () => {
  it("loads the dialog's code only when it first opens, then keeps it mounted", async () => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      return Panel;
    };
    render(<Page load={load} />);
    expect(loads).toBe(0);
    expect(screen.queryByText("closed panel")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    expect(await screen.findByRole("dialog", { name: "Rename" })).toBeTruthy();
    expect(loads).toBe(1);

    // Closed again, it stays mounted (its own closed state renders) and is not loaded twice.
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(await screen.findByText("closed panel")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    expect(await screen.findByRole("dialog", { name: "Rename" })).toBeTruthy();
    expect(loads).toBe(1);
  });
});

describe("whenRendered", () => {
  it("loads a component when it is first rendered and shows it once its code is there", async () => {
    let loads = 0;
    const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;
    const LazyHello = whenRendered(async () => {
      loads += 1;
      return Hello;
    });
    const { rerender } = render(<div />);
    expect(loads).toBe(0);
    rerender(<LazyHello name="Ada" />);
    expect(await screen.findByText("Hello Ada")).toBeTruthy();
    rerender(<LazyHello name="Grace" />);
    expect(await screen.findByText("Hello Grace")).toBeTruthy();
    expect(loads).toBe(1);
  });
});
