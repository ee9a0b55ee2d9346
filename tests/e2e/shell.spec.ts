import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.describe("console shell", () => {
  test("the home page leads to the Playground, which says which upstream is in use", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/playground$/);
    await expect(page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();
    await expect(page.getByRole("banner").getByText("Emulator")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a creator reaches Assets through the avatar menu, as the seed describes", async ({ page }) => {
    await page.goto("/playground");
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Assets" }).click();
    await expect(page).toHaveURL(/\/assets$/);
    await expect(page.getByRole("heading", { level: 1, name: "Assets" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Assets" })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);
  });

  test("the avatar menu opens from the keyboard with focus on its first item", async ({ page }) => {
    await page.goto("/assets");
    const trigger = page.getByRole("button", { name: "Account menu" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Assets" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Playground" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toBeHidden();
    await expect(trigger).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menu")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/assets$/);
  });

  test("the theme toggle switches to dark mode and the choice survives a reload", async ({ page }) => {
    await page.goto("/assets");
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
  });

  test("the health endpoint reports the emulator mode and the version", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ mode: "emulator", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});
