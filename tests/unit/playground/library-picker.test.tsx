import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LibraryPickerDialog } from "@/components/playground/library-picker/library-picker-dialog";
import { Dialog } from "@/components/ui/dialog";
import type { Asset } from "@/lib/schemas/asset";
import { libraryAsset, PORTRAIT_ID, PORTRAIT_ID_2 } from "./factories";
import { renderWithQuery, stubApi } from "./render-with-query";

const EXPIRED_ID = "ta_eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";

function stubLibrary(items: Asset[] = [libraryAsset(PORTRAIT_ID), libraryAsset(PORTRAIT_ID_2)]) {
  return stubApi((url) =>
    url.pathname === "/api/asset-groups"
      ? {
          items: [
            {
              id: "grp_1",
              name: "Characters",
              kind: "VIRTUAL_PORTRAIT",
              status: "active",
              retention: "No fixed expiry",
              assetCount: 2,
              createdAt: null,
              verification: null,
            },
          ],
          total: 1,
          page: 1,
          pageSize: 100,
        }
      : { items, total: items.length, page: 1, pageSize: 24 },
  );
}

function renderPicker(props: Partial<Parameters<typeof LibraryPickerDialog>[0]> = {}) {
  const onPick = vi.fn();
  renderWithQuery(
    <Dialog open>
      <LibraryPickerDialog
        slotLabel="First frame"
        mediaType="image"
        multiple={false}
        room={1}
        chosenIds={[]}
        onPick={onPick}
        {...props}
      />
    </Dialog>,
  );
  return { onPick };
}

afterEach(() => vi.unstubAllGlobals());

describe("Choose from your library", () => {
  it("asks the server for active Virtual Portrait images only", async () => {
    const { calls } = stubLibrary();
    renderPicker();
    expect(await screen.findByRole("dialog", { name: "Choose from your library" })).toBeInTheDocument();
    await screen.findAllByRole("button", { name: /Hero/ });
    const list = calls.find((call) => call.url.pathname === "/api/assets");
    expect(Object.fromEntries(list!.url.searchParams)).toMatchObject({
      kind: "VIRTUAL_PORTRAIT",
      status: "active",
      mediaType: "image",
    });
    expect(screen.getByLabelText("Media type")).toHaveValue("Images");
  });

  it("sends the search as a server keyword once typing pauses", async () => {
    const { calls } = stubLibrary();
    const user = userEvent.setup();
    renderPicker();
    await user.type(await screen.findByLabelText("Search"), PORTRAIT_ID);
    await waitFor(() =>
      expect(calls.some((call) => call.url.searchParams.get("keyword") === PORTRAIT_ID)).toBe(true),
    );
    const keywords = calls.map((call) => call.url.searchParams.get("keyword")).filter(Boolean);
    expect(keywords).toEqual([PORTRAIT_ID]); // debounced: not one request per key
  });

  it("takes a single slot's asset on one click", async () => {
    stubLibrary();
    const user = userEvent.setup();
    const { onPick } = renderPicker();
    await user.click(await screen.findByRole("button", { name: new RegExp(PORTRAIT_ID) }));
    expect(onPick).toHaveBeenCalledWith([expect.objectContaining({ assetId: PORTRAIT_ID })]);
  });

  it("leaves out expired assets", async () => {
    stubLibrary([libraryAsset(PORTRAIT_ID), libraryAsset(EXPIRED_ID, { expiresAt: "2020-01-01T00:00:00Z" })]);
    renderPicker();
    await screen.findByRole("button", { name: new RegExp(PORTRAIT_ID) });
    expect(screen.queryByRole("button", { name: new RegExp(EXPIRED_ID) })).not.toBeInTheDocument();
  });

  it("selects several cards for a multi slot and confirms with Use selected, within the room left", async () => {
    stubLibrary([libraryAsset(PORTRAIT_ID), libraryAsset(PORTRAIT_ID_2), libraryAsset(EXPIRED_ID)]);
    const user = userEvent.setup();
    const { onPick } = renderPicker({ multiple: true, room: 2, slotLabel: "Reference images" });
    const first = await screen.findByRole("button", { name: new RegExp(PORTRAIT_ID) });
    const second = screen.getByRole("button", { name: new RegExp(PORTRAIT_ID_2) });
    const third = screen.getByRole("button", { name: new RegExp(EXPIRED_ID) });
    expect(first).toHaveAttribute("aria-pressed", "false");
    await user.click(first);
    await user.click(second);
    expect(first).toHaveAttribute("aria-pressed", "true");
    expect(third).toBeDisabled(); // the model's limit is reached
    expect(screen.getByText(/2 selected · limit reached/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Use selected" }));
    expect(onPick).toHaveBeenCalledWith([
      expect.objectContaining({ assetId: PORTRAIT_ID }),
      expect.objectContaining({ assetId: PORTRAIT_ID_2 }),
    ]);
  });

  it("marks assets already in the block and keeps them out of the selection", async () => {
    stubLibrary();
    renderPicker({ multiple: true, room: 8, chosenIds: [PORTRAIT_ID] });
    const added = await screen.findByRole("button", { name: new RegExp(PORTRAIT_ID) });
    expect(added).toBeDisabled();
    expect(added).toHaveTextContent("Already added");
    expect(screen.getByRole("button", { name: "Use selected" })).toBeDisabled();
  });
});
