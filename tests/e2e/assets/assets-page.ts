import { expect, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";

export type GroupKindLabel = "Virtual Portrait" | "Real Face" | "Uploads";

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A solid-colour image of the given size, made on the spot (no fixtures on disk). */
export async function imageFile(
  name: string,
  width: number,
  height: number,
  format: "png" | "jpeg" | "webp" = "png",
): Promise<TestFile> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 200 } } });
  return { name, mimeType: `image/${format}`, buffer: await image.toFormat(format).toBuffer() };
}

/** A name no other test (or worker) uses: the server and its data are shared. */
export function uniqueName(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Assets page as a creator sees it: two sections, their tables and their dialogs. */
export class AssetsPage {
  readonly groups: Locator;
  readonly assets: Locator;

  constructor(readonly page: Page) {
    this.groups = page.getByRole("region", { name: "Asset groups" });
    this.assets = page.getByRole("region", { name: "Assets", exact: true });
  }

  async goto(query = "") {
    await this.page.goto(`/assets${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Assets" })).toBeVisible();
    await expect(
      this.groups.getByRole("table").or(this.groups.getByText("No asset groups yet")),
    ).toBeVisible();
  }

  groupRow(name: string): Locator {
    return this.groups.getByRole("row").filter({ hasText: name });
  }

  assetRow(name: string): Locator {
    return this.assets.getByRole("row").filter({ hasText: name });
  }

  dialog(name: string): Locator {
    return this.page.getByRole("dialog", { name });
  }

  async openCreateGroup(): Promise<Locator> {
    await this.groups.getByRole("button", { name: "New group" }).click();
    const dialog = this.dialog("Create asset group");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** New group -> kind -> Group name -> Create. Returns the dialog (still open for Real Face). */
  async createGroup(name: string, kind: GroupKindLabel = "Virtual Portrait"): Promise<Locator> {
    const dialog = await this.openCreateGroup();
    await dialog.getByRole("radio", { name: kind }).check();
    await dialog.getByLabel("Group name").fill(name);
    await dialog.getByRole("button", { name: "Create" }).click();
    return kind === "Real Face" ? this.dialog("Verify Real Face group") : dialog;
  }

  /**
   * As the seed orders it: Upload opens the file chooser, then "Upload file" opens with the chosen
   * files. Without files, one valid image is chosen (the dialog needs a file to open).
   */
  async openUpload(files?: TestFile[]): Promise<Locator> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.assets.getByRole("button", { name: "Upload", exact: true }).click();
    await (await chooser).setFiles(files ?? [await imageFile("chosen.png", 800, 1000)]);
    const dialog = this.dialog("Upload file");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async chooseFiles(dialog: Locator, files: TestFile[]) {
    await dialog.locator('input[type="file"]').setInputFiles(files);
  }

  /** Picks an option of a Radix select (a combobox with a listbox). */
  async selectOption(combobox: Locator, option: string | RegExp) {
    await combobox.click();
    await this.page.getByRole("option", { name: option }).click();
  }

  /**
   * Picks a group in an "Asset group" picker: it lists groups page by page, so the name is typed
   * into its search first (other specs on the same server may have made hundreds of groups).
   */
  async chooseGroup(combobox: Locator, name: string) {
    await combobox.click();
    await this.page.getByRole("searchbox", { name: "Search groups" }).fill(name);
    await this.page.getByRole("option", { name: new RegExp(`^${escapeRegExp(name)}`) }).click();
  }

  /** Upload -> files -> Asset group -> Upload, waiting for the dialog to close. */
  async upload(files: TestFile[], groupName: string) {
    const dialog = await this.openUpload(files);
    await this.chooseGroup(dialog.getByRole("combobox", { name: "Asset group" }), groupName);
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * Starts recording every status the row named `name` shows, so a brief "Processing" is not
   * missed between two polls of the test. Read the record with statusesSeen().
   */
  async recordStatuses(name: string) {
    await this.page.evaluate((rowName) => {
      const seen: string[] = [];
      (window as unknown as { __statuses: string[] }).__statuses = seen;
      const record = () => {
        const row = [...document.querySelectorAll("tr")].find((tr) => tr.textContent?.includes(rowName));
        const status = row?.querySelector("td:nth-child(4)")?.textContent?.trim();
        if (status && seen.at(-1) !== status) seen.push(status);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, name);
  }

  statusesSeen(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
  }

  /** Filters the assets by a group's name, or shows "All groups" again. */
  async filterByGroup(name: string) {
    const picker = this.assets.getByRole("combobox", { name: "Asset group" });
    if (name === "All groups") await this.selectOption(picker, name);
    else await this.chooseGroup(picker, name);
  }

  async search(text: string) {
    await this.assets.getByRole("searchbox", { name: /Search assets/ }).fill(text);
  }
}
