import { expect, test } from "@playwright/test";
import { AssetsPage, imageFile, uniqueName } from "./assets-page";

// The seed's flow: "Setting Up Virtual Portrait Assets in Assets page", step by step.
test.describe("Virtual Portrait assets", () => {
  // User stories with several uploads and polls: room for a busy CI machine.
  test.describe.configure({ timeout: 120_000 });
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a creator creates a group, uploads into it, watches it turn Active and copies its Asset ID", async ({
    page,
  }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Hero");
    await assets.goto();

    // 2. Create a Virtual Portrait group: Retention is read-only "No fixed expiry".
    const create = await assets.openCreateGroup();
    await expect(create.getByRole("radio", { name: "Virtual Portrait" })).toBeChecked();
    const retention = create.getByRole("textbox", { name: "Retention" });
    await expect(retention).toHaveValue("No fixed expiry");
    await expect(retention).toHaveAttribute("readonly", "");
    await create.getByLabel("Group name").fill(groupName);
    await create.getByRole("button", { name: "Create" }).click();
    await expect(create).toBeHidden();
    await expect(
      page.getByRole("region", { name: /Notifications/ }).getByText("Asset group created"),
    ).toBeVisible();
    const groupRow = assets.groupRow(groupName);
    await expect(groupRow).toContainText("Virtual Portrait");
    await expect(groupRow).toContainText("Active");
    await expect(groupRow).toContainText("No fixed expiry");

    // 3. Upload: Display name defaults from the file name, Retention locks for the group.
    const upload = await assets.openUpload([await imageFile("hero-front.png", 800, 1000)]);
    await expect(upload.getByLabel("Display name")).toHaveValue("hero-front");
    const displayName = uniqueName("hero-front");
    await upload.getByLabel("Display name").fill(displayName);
    await assets.chooseGroup(upload.getByRole("combobox", { name: "Asset group" }), groupName);
    const retentionSelect = upload.getByRole("combobox", { name: "Retention" });
    await expect(retentionSelect).toBeDisabled();
    await expect(retentionSelect).toHaveValue("none");
    await expect(retentionSelect.locator("option:checked")).toHaveText("No fixed expiry");
    await expect(
      upload.getByText("Virtual Portrait uploads do not use a per-file expiry date."),
    ).toBeVisible();
    await assets.recordStatuses(displayName);
    await upload.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(upload).toBeHidden();

    // The asset appears under the group, Processing, then Active without a reload.
    const row = assets.assetRow(displayName);
    await expect(row).toContainText(groupName);
    await expect(row.getByText("Active")).toBeVisible();
    expect(await assets.statusesSeen()).toEqual(["Processing", "Active"]);
    await expect(row).toContainText("800 × 1000 px");
    await expect(row).toContainText("No fixed expiry");

    // Click the Asset ID to copy it.
    const copy = row.getByRole("button", { name: /^Copy asset ID ta_[0-9a-f]{32}$/ });
    const assetId = (await copy.textContent())?.match(/ta_[0-9a-f]{32}/)?.[0];
    expect(assetId).toBeTruthy();
    await copy.click();
    await expect(copy.getByText("Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(assetId);
  });

  test("the Asset group filter changes the visible rows and never the upload destination", async ({
    page,
  }) => {
    const assets = new AssetsPage(page);
    const [hero, villain] = [uniqueName("Hero"), uniqueName("Villain")];
    const [heroAsset, villainAsset] = [uniqueName("hero-asset"), uniqueName("villain-asset")];
    await assets.goto();
    for (const name of [hero, villain]) {
      await assets.createGroup(name);
      await expect(assets.groupRow(name)).toContainText("Active");
    }
    await assets.upload([await imageFile(`${heroAsset}.png`, 600, 800)], hero);
    await assets.upload([await imageFile(`${villainAsset}.png`, 600, 800)], villain);
    await expect(assets.assetRow(heroAsset)).toBeVisible();
    await expect(assets.assetRow(villainAsset)).toBeVisible();

    await assets.filterByGroup(hero);
    await expect(page).toHaveURL(/[?&]group=grp_/);
    await expect(assets.assetRow(villainAsset)).toHaveCount(0);
    await expect(assets.assetRow(heroAsset)).toBeVisible();
    await expect(assets.assets.getByRole("status").filter({ hasText: "Showing 1–1 of 1" })).toBeVisible();

    // The last destination (the villain group) stays the destination.
    const upload = await assets.openUpload();
    await expect(upload.getByRole("combobox", { name: "Asset group" })).toHaveText(new RegExp(villain));
    await upload.getByRole("button", { name: "Cancel" }).click();
    await expect(upload).toBeHidden();

    // Filters live in the URL: a reload shows the same rows.
    await page.reload();
    await expect(assets.assetRow(heroAsset)).toBeVisible();
    await expect(assets.assetRow(villainAsset)).toHaveCount(0);
    await expect(assets.assets.getByRole("combobox", { name: "Asset group" })).toHaveText(hero);

    // Search by name or asset ID, debounced into the URL too.
    await assets.filterByGroup("All groups");
    await assets.search(villainAsset);
    await expect(page).toHaveURL(/[?&]q=villain-asset/);
    await expect(assets.assetRow(heroAsset)).toHaveCount(0);
    const villainId = await assets
      .assetRow(villainAsset)
      .getByRole("button", { name: /^Copy asset ID/ })
      .textContent();
    await assets.search(villainId!.match(/ta_[0-9a-f]{32}/)![0]);
    await expect(assets.assetRow(villainAsset)).toBeVisible();

    // The Status filter narrows the same rows and lives in the URL as well.
    const status = assets.assets.getByRole("combobox", { name: "Status" });
    await status.selectOption("Failed");
    await expect(page).toHaveURL(/[?&]status=failed/);
    await expect(assets.assetRow(villainAsset)).toHaveCount(0);
    await status.selectOption("Active");
    await expect(page).toHaveURL(/[?&]status=active/);
    await expect(assets.assetRow(villainAsset)).toBeVisible();

    await assets.assets.getByRole("button", { name: "Clear filters" }).first().click();
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(page).not.toHaveURL(/[?&]status=/);
    await expect(status).toHaveValue("all");
    await expect(assets.assetRow(heroAsset)).toBeVisible();
  });
});
