import type { Locator, Page } from "@playwright/test";
import { portraitPng } from "../support/seed";
import { expect, test } from "./playground-page";

// Drop and paste onto media blocks: a file dropped on a block, or an image pasted while the
// block has focus, goes in as if it had been picked, and meets the same checks.

interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

/** A DataTransfer holding the files, made in the page (drops and pastes carry one). */
async function transferOf(page: Page, files: DroppedFile[]) {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, files);
}

async function drop(page: Page, target: Locator, files: DroppedFile[]) {
  const dataTransfer = await transferOf(page, files);
  await target.dispatchEvent("dragenter", { dataTransfer });
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

async function paste(page: Page, target: Locator, files: DroppedFile[]) {
  const clipboardData = await transferOf(page, files);
  await target.evaluate(
    (element, data) =>
      element.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      ),
    clipboardData,
  );
}

const png = async (name: string): Promise<DroppedFile> => ({
  name,
  type: "image/png",
  base64: (await portraitPng(name, 200)).toString("base64"),
});

test("an image dropped on First frame and one pasted into Last frame are used as picked ones", async ({
  playground,
  page,
}) => {
  await playground.goto();
  await playground.chooseMode("First & last frame");

  const first = playground.block("First frame");
  await drop(page, first, [await png("dropped-first.png")]);
  await expect(first.getByRole("list", { name: "First frame inputs" })).toContainText("dropped-first.png");

  const last = playground.block("Last frame");
  await last.click({ position: { x: 5, y: 5 } });
  await paste(page, last, [await png("pasted-last.png")]);
  await expect(last.getByRole("list", { name: "Last frame inputs" })).toContainText("pasted-last.png");
});

test("a dropped file the block cannot take is refused in words, as a picked one would be", async ({
  playground,
  page,
}) => {
  await playground.goto();
  await playground.chooseMode("First-frame I2V");
  const first = playground.block("First frame");
  await drop(page, first, [
    { name: "notes.txt", type: "text/plain", base64: Buffer.from("hi").toString("base64") },
  ]);
  await expect(first.getByRole("alert")).toContainText("notes.txt");
  await expect(first.getByRole("list", { name: "First frame inputs" })).toHaveCount(0);
});
