import { expect, test } from "@playwright/test";
import { AssetsPage, imageFile, uniqueName } from "./assets-page";

// Both dialogs, start to finish, without a mouse.
test.describe("keyboard only", () => {
  // User stories with several uploads and polls: room for a busy CI machine.
  test.describe.configure({ timeout: 120_000 });
  test("a creator creates a group and uploads into it using only the keyboard", async ({ page }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Keys");
    const assetName = uniqueName("keyed");
    await assets.goto();

    await assets.groups.getByRole("button", { name: "New group" }).focus();
    await page.keyboard.press("Enter");
    const create = assets.dialog("Create asset group");
    await expect(create.getByLabel("Group name")).toBeFocused();
    // The kinds are a radio group: arrows move the choice.
    await page.keyboard.press("Shift+Tab");
    await expect(create.getByRole("radio", { name: "Virtual Portrait" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(create.getByRole("radio", { name: "Real Face" })).toBeChecked();
    await page.keyboard.press("ArrowLeft");
    await expect(create.getByRole("radio", { name: "Virtual Portrait" })).toBeChecked();
    await page.keyboard.press("Tab");
    await page.keyboard.type(groupName);
    await page.keyboard.press("Enter");
    await expect(create).toBeHidden();
    await expect(assets.groupRow(groupName)).toContainText("Active");

    // Upload opens the file chooser first; the dialog opens with the chosen file.
    await assets.assets.getByRole("button", { name: "Upload", exact: true }).focus();
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(await imageFile(`${assetName}.png`, 800, 1000));
    const upload = assets.dialog("Upload file");
    await expect(upload).toBeVisible();
    await expect(upload.getByLabel("Display name")).toHaveValue(assetName);
    // The drop zone stays for more files, reachable by keyboard.
    const dropzone = upload.getByRole("button", { name: "Add more images" });
    while (!(await dropzone.evaluate((node) => node === document.activeElement)))
      await page.keyboard.press("Tab");

    // Tab on to the Asset group picker and choose by typing, as in any listbox.
    const picker = upload.getByRole("combobox", { name: "Asset group" });
    while (!(await picker.evaluate((node) => node === document.activeElement)))
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("listbox")).toBeVisible();
    await page.keyboard.type(groupName, { delay: 20 });
    await page.keyboard.press("Enter");
    await expect(picker).toHaveText(new RegExp(groupName));
    await expect(picker).toBeFocused();

    const submit = upload.getByRole("button", { name: "Upload", exact: true });
    while (!(await submit.evaluate((node) => node === document.activeElement)))
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(upload).toBeHidden();
    await expect(assets.assetRow(assetName)).toBeVisible();
    // Focus goes back to where the dialog was opened from.
    await expect(assets.assets.getByRole("button", { name: "Upload", exact: true })).toBeFocused();
  });

  test("Escape closes a dialog and returns focus to its button", async ({ page }) => {
    const assets = new AssetsPage(page);
    await assets.goto();
    await assets.groups.getByRole("button", { name: "New group" }).focus();
    await page.keyboard.press("Enter");
    await expect(assets.dialog("Create asset group")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(assets.dialog("Create asset group")).toBeHidden();
    await expect(assets.groups.getByRole("button", { name: "New group" })).toBeFocused();
  });
});
