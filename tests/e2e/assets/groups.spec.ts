import { expect, test } from "@playwright/test";
import { AssetsPage, imageFile, uniqueName } from "./assets-page";

test.describe("managing groups and assets", () => {
  // User stories with several uploads and polls: room for a busy CI machine.
  test.describe.configure({ timeout: 120_000 });
  test("renaming a group and an asset updates both tables", async ({ page }) => {
    const assets = new AssetsPage(page);
    const [groupName, renamed] = [uniqueName("Draft"), uniqueName("Final")];
    const assetName = uniqueName("pose");
    await assets.goto();
    await assets.createGroup(groupName);
    await assets.upload([await imageFile(`${assetName}.png`, 700, 900)], groupName);

    await assets
      .groupRow(groupName)
      .getByRole("button", { name: `Rename ${groupName}` })
      .click();
    const rename = assets.dialog("Rename asset group");
    await rename.getByLabel("Group name").fill(renamed);
    await rename.getByRole("button", { name: "Save" }).click();
    await expect(rename).toBeHidden();
    await expect(assets.groupRow(renamed)).toBeVisible();
    await expect(assets.assetRow(assetName)).toContainText(renamed);

    await assets
      .assetRow(assetName)
      .getByRole("button", { name: `Rename ${assetName}` })
      .click();
    const renameAsset = assets.dialog("Rename asset");
    await renameAsset.getByLabel("Display name").fill(`${assetName} v2`);
    await renameAsset.getByRole("button", { name: "Save" }).click();
    await expect(assets.assetRow(`${assetName} v2`)).toBeVisible();
  });

  test("deleting a group says its assets go too, and removes them", async ({ page }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Doomed");
    const [first, second] = [uniqueName("doomed-a"), uniqueName("doomed-b")];
    await assets.goto();
    await assets.createGroup(groupName);
    await assets.upload(
      [await imageFile(`${first}.png`, 640, 640), await imageFile(`${second}.webp`, 640, 800, "webp")],
      groupName,
    );
    await expect(assets.assetRow(first)).toBeVisible();
    await expect(assets.assetRow(second)).toBeVisible();
    await expect(assets.groupRow(groupName)).toContainText("2");

    await assets
      .groupRow(groupName)
      .getByRole("button", { name: `Delete ${groupName}` })
      .click();
    const confirm = assets.dialog(`Delete “${groupName}”?`);
    await expect(confirm).toContainText("Its 2 assets are deleted too.");
    await confirm.getByRole("button", { name: "Delete group" }).click();
    await expect(confirm).toBeHidden();
    await expect(assets.groupRow(groupName)).toHaveCount(0);
    await expect(assets.assetRow(first)).toHaveCount(0);
    await expect(assets.assetRow(second)).toHaveCount(0);
  });

  test("an asset opens in a large preview and can be deleted on its own", async ({ page }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Preview");
    const assetName = uniqueName("portrait");
    await assets.goto();
    await assets.createGroup(groupName);
    await assets.upload([await imageFile(`${assetName}.jpg`, 900, 1200, "jpeg")], groupName);

    await assets
      .assetRow(assetName)
      .getByRole("button", { name: `Preview ${assetName}` })
      .first()
      .click();
    const preview = assets.dialog(assetName);
    const image = preview.getByRole("img", { name: `Preview of ${assetName}` });
    await expect(image).toHaveAttribute("src", /\/api\/assets\/ta_[0-9a-f]{32}\/preview\?size=full$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await preview.getByRole("button", { name: "Close", exact: true }).click();

    await assets
      .assetRow(assetName)
      .getByRole("button", { name: `Delete ${assetName}` })
      .click();
    const confirm = assets.dialog(`Delete “${assetName}”?`);
    await confirm.getByRole("button", { name: "Delete asset" }).click();
    await expect(assets.assetRow(assetName)).toHaveCount(0);
  });
});
