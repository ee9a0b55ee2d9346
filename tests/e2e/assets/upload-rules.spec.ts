import { expect, test } from "@playwright/test";
import { AssetsPage, imageFile, uniqueName } from "./assets-page";

test.describe("upload rules", () => {
  // User stories with several uploads and polls: room for a busy CI machine.
  test.describe.configure({ timeout: 120_000 });
  test("bad files are refused in words before a byte is sent", async ({ page }) => {
    const assets = new AssetsPage(page);
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/assets")
        posts.push(request.url());
    });
    await assets.goto();
    const upload = await assets.openUpload([
      await imageFile("tiny.png", 200, 200),
      { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not an image") },
      await imageFile("banner.png", 1500, 500),
      await imageFile("good.png", 800, 1000),
    ]);
    const refused = upload.getByRole("alert").filter({ hasText: "files were not added" });
    await expect(refused).toContainText("“tiny.png” is 200 × 200 px; each side must be at least 300 px.");
    await expect(refused).toContainText(
      "“notes.txt” has type text/plain. Only JPEG, PNG and WebP images can be uploaded.",
    );
    await expect(refused).toContainText(
      "“banner.png” has an aspect ratio (width ÷ height) of 3.00; it must be between 0.4 and 2.5.",
    );
    // The good file is queued with its own display name.
    await expect(upload.getByLabel("Display name")).toHaveValue("good");
    expect(posts).toEqual([]);
  });

  test("uploading needs a group, and a server refusal is shown in words", async ({ page }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Refused");
    await assets.goto();
    await assets.createGroup(groupName);
    const upload = await assets.openUpload([await imageFile("face.png", 800, 800)]);
    await upload.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(upload.getByRole("alert").filter({ hasText: "Choose an asset group." })).toBeVisible();

    await page.route("**/api/assets", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 409,
            contentType: "application/json",
            body: JSON.stringify({
              error: { code: "asset_group_not_active", message: "Asset group is not active." },
            }),
          })
        : route.fallback(),
    );
    await assets.chooseGroup(upload.getByRole("combobox", { name: "Asset group" }), groupName);
    await upload.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(upload.getByText("Asset group is not active.")).toBeVisible();
    await expect(upload).toBeVisible();
  });

  test("an upload in flight shows its progress and Cancel stops it", async ({ page }) => {
    const assets = new AssetsPage(page);
    const groupName = uniqueName("Cancel");
    await assets.goto();
    await assets.createGroup(groupName);
    // The server never answers, as with a slow connection: the upload stays in flight.
    await page.route("**/api/assets", (route) =>
      route.request().method() === "POST" ? new Promise(() => undefined) : route.fallback(),
    );
    const upload = await assets.openUpload([await imageFile("slow.png", 800, 800)]);
    await assets.chooseGroup(upload.getByRole("combobox", { name: "Asset group" }), groupName);
    await upload.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(upload.getByRole("progressbar", { name: "Uploading slow" })).toBeVisible();
    await expect(upload.getByRole("button", { name: "Uploading…" })).toBeDisabled();
    await upload.getByRole("button", { name: "Cancel" }).click();
    await expect(upload.getByText("Canceled. Upload again to retry.")).toBeVisible();
    await expect(upload.getByRole("button", { name: "Upload", exact: true })).toBeEnabled();
  });
});
