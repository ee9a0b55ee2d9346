import { expect, test } from "@playwright/test";
import { AssetsPage, uniqueName } from "./assets-page";

test.describe("Real Face groups", () => {
  // User stories with several uploads and polls: room for a busy CI machine.
  test.describe.configure({ timeout: 120_000 });
  test("a creator sends the verification link, the person passes, and the group becomes Active", async ({
    page,
  }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Maya");
    await assets.goto();

    const verify = await assets.createGroup(groupName, "Real Face");
    await expect(verify).toBeVisible();
    await expect(verify.getByRole("status").filter({ hasText: "Waiting for verification" })).toBeVisible();
    const link = verify.getByRole("link", { name: /verification link/ });
    await expect(link).toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:\d+\/emulator\/verify\/[0-9a-f]+$/);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(verify.getByRole("img", { name: "QR code for the verification link" })).toBeVisible();
    await expect(verify.getByText(/Link valid for [12]:\d\d/)).toBeVisible();

    // While it waits, the group is listed but cannot take uploads.
    await verify.getByRole("button", { name: "Verify later" }).click();
    await expect(assets.groupRow(groupName)).toContainText("Waiting for verification");
    const upload = await assets.openUpload();
    await upload.getByRole("combobox", { name: "Asset group" }).click();
    const option = page.getByRole("option", { name: new RegExp(`^${groupName}`) });
    await expect(option).toHaveAttribute("aria-disabled", "true");
    await expect(option).toContainText("Waiting for verification");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(upload).toBeHidden();

    // The link is back from the table; the person opens it in another tab and passes.
    await assets
      .groupRow(groupName)
      .getByRole("button", { name: `Show verification link for ${groupName}` })
      .click();
    const reopened = assets.dialog("Verify Real Face group");
    const [phone] = await Promise.all([
      page.context().waitForEvent("page"),
      reopened.getByRole("link", { name: /verification link/ }).click(),
    ]);
    await phone.getByRole("button", { name: "Pass verification" }).click();
    await expect(
      reopened.getByRole("status").filter({ hasText: "Verified — the group is active" }),
    ).toBeVisible();
    await reopened.getByRole("button", { name: "Done" }).click();
    await expect(assets.groupRow(groupName)).toContainText("Active");
  });

  test("the person fails verification: the dialog and the table say so, and a new group is offered", async ({
    page,
  }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Failing");
    await assets.goto();
    const verify = await assets.createGroup(groupName, "Real Face");
    await expect(verify.getByRole("status").filter({ hasText: "Waiting for verification" })).toBeVisible();

    const [phone] = await Promise.all([
      page.context().waitForEvent("page"),
      verify.getByRole("link", { name: /verification link/ }).click(),
    ]);
    await phone.getByRole("button", { name: "Fail verification" }).click();

    await expect(
      verify
        .getByRole("status")
        .filter({ hasText: "Verification failed. Create a new Real Face group to try again." }),
    ).toBeVisible();
    await phone.close();
    await expect(verify.getByText(`“${groupName}” can no longer be verified.`)).toBeVisible();
    // The link and its QR code are gone: nobody can act on a failed group.
    await expect(verify.getByRole("link", { name: /verification link/ })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(verify).toBeHidden();
    await expect(assets.groupRow(groupName)).toContainText("Verification failed");

    // A failed group takes no uploads.
    const upload = await assets.openUpload();
    await upload.getByRole("combobox", { name: "Asset group" }).click();
    const option = page.getByRole("option", { name: new RegExp(`^${groupName}`) });
    await expect(option).toHaveAttribute("aria-disabled", "true");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(upload).toBeHidden();
  });

  test("an expired link says a new group is needed and offers to create one", async ({ page }) => {
    await page.clock.install();
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Expiring");
    await assets.goto();
    const verify = await assets.createGroup(groupName, "Real Face");
    await expect(verify.getByText(/Link valid for/)).toBeVisible();

    await page.clock.fastForward("02:01");
    await expect(
      verify
        .getByRole("status")
        .filter({ hasText: "The verification link expired. Create a new Real Face group" }),
    ).toBeVisible();
    await verify.getByRole("button", { name: "Create a new group" }).click();
    const create = assets.dialog("Create asset group");
    await expect(create.getByRole("radio", { name: "Real Face" })).toBeChecked();
    await expect(create.getByLabel("Group name")).toHaveValue("");
  });
});
