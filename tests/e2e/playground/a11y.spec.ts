import { expectNoSeriousA11yViolations } from "../support/axe";
import { expect, test } from "./playground-page";

test.describe("accessibility", () => {
  test("the Playground and its library picker have no serious axe findings, light and dark", async ({
    page,
    playground,
    seed,
  }) => {
    await seed.portraits(2, "Axe");
    await playground.goto();
    await expectNoSeriousA11yViolations(page);

    await playground.chooseMode("Reference images");
    await playground.openLibrary("Reference images");
    await expect(playground.cards().first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await expect(playground.picker).toBeHidden();
    await expect(
      playground.block("Reference images").getByRole("button", { name: "From assets" }),
    ).toBeFocused();

    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await playground.chooseModel("seedance-1.5-pro");
    await playground.form.getByRole("button", { name: "View request" }).click();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });
});
