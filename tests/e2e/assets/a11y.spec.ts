import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { AssetsPage, imageFile, uniqueName } from "./assets-page";

/** A page with one group holding one Active asset, so tables and rows are under test too. */
async function populated(page: Page) {
  const assets = new AssetsPage(page);
  const groupName = uniqueName("Axe");
  const assetName = uniqueName("axe-asset");
  await assets.goto();
  await assets.createGroup(groupName);
  await assets.upload([await imageFile(`${assetName}.png`, 800, 1000)], groupName);
  await expect(assets.assetRow(assetName).getByText("Active")).toBeVisible();
  return { assets, groupName, assetName };
}

test.describe("accessibility", () => {
  // axe runs are slow on a busy machine; each story has room.
  test.describe.configure({ timeout: 120_000 });

  test("the page has no serious axe findings in light and dark", async ({ page }) => {
    await populated(page);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expectNoSeriousA11yViolations(page);
  });

  test("Create asset group, Upload file and a delete confirmation have no serious axe findings", async ({
    page,
  }) => {
    const { assets, groupName, assetName } = await populated(page);
    const create = await assets.openCreateGroup();
    await expectNoSeriousA11yViolations(page);
    await create.getByRole("button", { name: "Cancel" }).click();

    const upload = await assets.openUpload([
      await imageFile("ok.png", 800, 1000),
      await imageFile("tiny.png", 100, 100),
    ]);
    await expect(upload.getByText("each side must be at least 300 px")).toBeVisible();
    await assets.chooseGroup(upload.getByRole("combobox", { name: "Asset group" }), groupName);
    await expectNoSeriousA11yViolations(page);
    await upload.getByRole("button", { name: "Cancel" }).click();

    await assets
      .assetRow(assetName)
      .getByRole("button", { name: `Delete ${assetName}` })
      .click();
    await expect(assets.dialog(`Delete “${assetName}”?`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the Real Face verification dialog has no serious axe findings", async ({ page }) => {
    const assets = new AssetsPage(page);
    await assets.goto();
    const verify = await assets.createGroup(uniqueName("Axe face"), "Real Face");
    await expect(verify.getByRole("img", { name: "QR code for the verification link" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
