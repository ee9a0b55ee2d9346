import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LibraryPickerDialog } from "@/components/playground/library-picker/library-picker-dialog";
import { ProviderInfoProvider } from "@/components/shell/provider-context";
import { Dialog } from "@/components/ui/dialog";
import { renderWithQuery, stubApi } from "../playground/render-with-query";

const NOTE = "LaoZhang API has no portrait asset library here yet.";

describe('"From assets" with a provider that has no asset library', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("explains why instead of asking for a list that would fail", () => {
    const { calls } = stubApi(() => ({ items: [], total: 0, page: 1, pageSize: 24 }));
    renderWithQuery(
      <ProviderInfoProvider
        value={{
          kind: "ark",
          label: "LaoZhang API",
          assetLibraryNote: NOTE,
          inlineImages: true,
          localMediaNote: null,
        }}
      >
        <Dialog open>
          <LibraryPickerDialog
            slotLabel="Reference images"
            mediaType="image"
            multiple
            room={9}
            chosenIds={[]}
            onPick={() => undefined}
          />
        </Dialog>
      </ProviderInfoProvider>,
    );
    expect(screen.getByRole("dialog", { name: "Choose from your library" })).toBeInTheDocument();
    expect(screen.getByText("No asset library with this provider")).toBeInTheDocument();
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
