import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MediaSlot } from "@/components/playground/media/media-slot";
import { ProviderInfoProvider } from "@/components/shell/provider-context";
import { slotsForMode } from "@/lib/playground/mode-slots";
import { MODEL_CAPABILITIES } from "@/lib/video/capabilities";
import { libraryAsset, PORTRAIT_ID } from "./factories";
import { stubApi } from "./render-with-query";

const portrait = libraryAsset(PORTRAIT_ID, { name: "Hero portrait" });

function stubLibrary() {
  return stubApi((url) =>
    url.pathname === "/api/asset-groups"
      ? { items: [], total: 0, page: 1, pageSize: 100 }
      : { items: [portrait], total: 1, page: 1, pageSize: 24 },
  );
}

const assetPages = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname === "/api/assets");

function renderFirstFrame(assetLibraryNote: string | null = null) {
  const spec = slotsForMode("first_frame")[0]!;
  // As the app's client: an answer is fresh for 5 s, so a page fetched on hover is not asked again.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 5_000 } } });
  render(
    <QueryClientProvider client={client}>
      <ProviderInfoProvider
        value={{
          kind: "emulator",
          label: "Emulator",
          assetLibraryNote,
          inlineImages: false,
          localMediaNote: null,
        }}
      >
        <MediaSlot
          spec={spec}
          inputs={[]}
          limit={1}
          caps={MODEL_CAPABILITIES["seedance-2.0"]}
          problems={[]}
          dispatch={vi.fn()}
        />
      </ProviderInfoProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('"From assets" prepares the library picker before the click', () => {
  it("asks for the picker's first page while the pointer rests on the button, and opens on it", async () => {
    const { calls } = stubLibrary();
    renderFirstFrame();
    const user = userEvent.setup();
    expect(assetPages(calls)).toHaveLength(0);

    await user.hover(screen.getByRole("button", { name: "From assets" }));
    await waitFor(() => expect(assetPages(calls)).toHaveLength(1));
    const asked = assetPages(calls)[0]!.url.searchParams;
    expect(Object.fromEntries(asked)).toMatchObject({
      kind: "VIRTUAL_PORTRAIT",
      status: "active",
      mediaType: "image",
      page: "1",
      pageSize: "24",
    });
    expect(asked.has("keyword")).toBe(false);
    expect(asked.has("groupId")).toBe(false);

    await user.click(screen.getByRole("button", { name: "From assets" }));
    // The picker's code is transformed on first import here, which takes a while on a busy machine.
    const dialog = await screen.findByRole(
      "dialog",
      { name: "Choose from your library" },
      { timeout: 10_000 },
    );
    expect(dialog).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: /Hero portrait/ })).toBeInTheDocument();
    // The picker shows the page the hover fetched instead of asking again.
    expect(assetPages(calls)).toHaveLength(1);
  });

  it("prepares the same way when the button gets keyboard focus", async () => {
    const { calls } = stubLibrary();
    renderFirstFrame();
    screen.getByRole("button", { name: "From assets" }).focus();
    await waitFor(() => expect(assetPages(calls)).toHaveLength(1));
  });

  it("asks for nothing when the provider has no asset library", async () => {
    const { calls } = stubLibrary();
    renderFirstFrame("This provider has no portrait asset library.");
    const user = userEvent.setup();
    await user.hover(screen.getByRole("button", { name: "From assets" }));
    await user.click(screen.getByRole("button", { name: "From assets" }));
    expect(
      await screen.findByText("No asset library with this provider", undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(assetPages(calls)).toHaveLength(0);
  });
});
