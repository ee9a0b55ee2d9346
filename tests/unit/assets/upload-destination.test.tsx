import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UploadDestination } from "@/components/assets/upload/upload-destination";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { renderWithQuery, stubApi } from "../playground/render-with-query";

const group = (overrides: Partial<AssetGroup>): AssetGroup => ({
  id: "grp_1",
  name: "Hero",
  kind: "VIRTUAL_PORTRAIT",
  status: "active",
  retention: "No fixed expiry",
  assetCount: 0,
  createdAt: null,
  verification: null,
  ...overrides,
});

afterEach(() => vi.unstubAllGlobals());

// The picker asks the API for its groups (searched and paged); here it answers with these.
const renderWith = (groups: AssetGroup[], groupId: string | undefined) => {
  stubApi((url) =>
    url.pathname === "/api/asset-groups"
      ? { items: groups, total: groups.length, page: 1, pageSize: 50 }
      : groups.find((candidate) => url.pathname.endsWith(candidate.id)),
  );
  return renderWithQuery(
    <UploadDestination
      id="t"
      group={groups.find((candidate) => candidate.id === groupId)}
      noActive={!groups.some((candidate) => candidate.status === "active")}
      groupId={groupId}
      onGroupChange={() => undefined}
      retention="7"
      onRetentionChange={() => undefined}
      disabled={false}
      groupError={null}
    />,
  );
};

describe("the upload destination", () => {
  it("shows the chosen group by name, asked from the server", async () => {
    renderWith([group({ name: "Heroes of the night" })], "grp_1");
    const picker = screen.getByRole("combobox", { name: "Asset group" });
    await waitFor(() => expect(picker).toHaveTextContent("Heroes of the night"));
  });

  it("locks Retention to No fixed expiry for a Virtual Portrait group and explains why", () => {
    renderWith([group({})], "grp_1");
    const retention = screen.getByRole("combobox", { name: "Retention" });
    expect(retention).toBeDisabled();
    expect(retention).toHaveTextContent("No fixed expiry");
    expect(retention).toHaveAccessibleDescription(
      "Virtual Portrait uploads do not use a per-file expiry date.",
    );
  });

  it("offers Retention for a generic group", () => {
    renderWith([group({ id: "grp_2", kind: "GENERIC", name: "Misc" })], "grp_2");
    const retention = screen.getByRole("combobox", { name: "Retention" });
    expect(retention).toBeEnabled();
    expect(retention).toHaveTextContent("7 days");
  });

  it("labels the group picker and says when no group takes uploads", () => {
    renderWith([group({ kind: "REAL_FACE", status: "pending_validation" })], undefined);
    expect(screen.getByRole("combobox", { name: "Asset group" })).toHaveAccessibleDescription(
      "No group takes uploads yet: create one in Asset groups first.",
    );
  });
});
