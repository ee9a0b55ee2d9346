import { readFileSync } from "node:fs";
import { z } from "zod";
import type { PriceTable } from "./price-table";
import { priceTableFileSchema, type PriceTableFile } from "./schema";

// PRICE_TABLE_FILE: a JSON file whose entries replace the built-in prices (a provider's new
// rates, a contract price, a relay of your own). Read once when the environment is parsed, so a
// missing or wrong file stops the start with a message naming the variable.

/** The file's entries, or the reason it cannot be used (in words, naming the field). */
export function readPriceFile(file: string): { table: PriceTableFile } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return { problem: `cannot read ${file} (${code})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `${file} is not JSON` };
  }
  const parsed = priceTableFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    return { problem: `${file}: ${where}: ${issue.message}` };
  }
  return { table: parsed.data };
}

/** The built-in table with a file's entries laid over it, provider by provider, model by model. */
export function applyPriceFile(base: PriceTable, file: PriceTableFile | undefined): PriceTable {
  if (!file) return base;
  const merged: PriceTable = { ...base };
  for (const [name, override] of Object.entries(file) as [
    keyof PriceTable,
    PriceTableFile[keyof PriceTableFile],
  ][]) {
    if (!override) continue;
    const current = base[name] ?? { currency: "USD", concurrentTasks: 2, models: {}, sources: [] };
    merged[name] = {
      ...current,
      ...override,
      models: { ...current.models, ...override.models },
    };
  }
  return merged;
}

/** For env-schema: PRICE_TABLE_FILE's path, parsed into its entries. */
export const priceFileVariable = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const read = readPriceFile(value);
    if ("problem" in read) {
      ctx.addIssue({ code: "custom", message: read.problem });
      return z.NEVER;
    }
    return read.table;
  });
