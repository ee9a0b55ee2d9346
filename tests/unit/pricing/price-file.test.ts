import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env-schema";
import { applyPriceFile, readPriceFile } from "@/lib/pricing/price-file";
import { DEFAULT_PRICE_TABLE } from "@/lib/pricing/price-table";

const dir = mkdtempSync(path.join(tmpdir(), "prices-"));
const file = (name: string, text: string) => {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
};

describe("PRICE_TABLE_FILE", () => {
  it("lays a file's models over the built-in table, keeping the rest", () => {
    const read = readPriceFile(
      file(
        "good.json",
        JSON.stringify({
          laozhang: { models: { "seedance-2.0": { unit: "second", perUnit: { "720p": 0.3 } } } },
          token360: { concurrentTasks: 3 },
        }),
      ),
    );
    if (!("table" in read)) throw new Error(read.problem);
    const table = applyPriceFile(DEFAULT_PRICE_TABLE, read.table);
    expect(table.laozhang!.models["seedance-2.0"]).toEqual({ unit: "second", perUnit: { "720p": 0.3 } });
    expect(table.laozhang!.models["seedance-2.0-fast"]).toEqual(
      DEFAULT_PRICE_TABLE.laozhang!.models["seedance-2.0-fast"],
    );
    expect(table.laozhang!.currency).toBe("USD");
    expect(table.token360!.concurrentTasks).toBe(3);
    expect(table.token360!.models).toEqual(DEFAULT_PRICE_TABLE.token360!.models);
  });

  it.each([
    ["missing.json", null, /cannot read .*missing\.json \(ENOENT\)/],
    ["broken.json", "{ not json", /is not JSON/],
    ["provider.json", JSON.stringify({ openai: {} }), /openai|key/i],
    ["field.json", JSON.stringify({ laozhang: { currencyy: "USD" } }), /laozhang/],
    [
      "negative.json",
      JSON.stringify({
        laozhang: { models: { "seedance-2.0": { unit: "token", perUnit: { "720p": -1 } } } },
      }),
      /laozhang\.models\.seedance-2\.0\.perUnit\.720p: a price is 0 or more/,
    ],
    [
      "unit.json",
      JSON.stringify({ token360: { models: { "seedance-2.0": { unit: "frame", perUnit: {} } } } }),
      /unit/,
    ],
  ])("refuses %s with the reason", (name, text, reason) => {
    const target = text === null ? path.join(dir, name) : file(name, text);
    const read = readPriceFile(target);
    expect("problem" in read && read.problem).toMatch(reason);
  });

  it("stops the start with a message naming the variable", () => {
    const bad = file("start.json", JSON.stringify({ laozhang: { concurrentTasks: 0 } }));
    expect(() => parseEnv({ PRICE_TABLE_FILE: bad })).toThrow(EnvError);
    expect(() => parseEnv({ PRICE_TABLE_FILE: bad })).toThrow(
      /PRICE_TABLE_FILE: .*laozhang\.concurrentTasks/,
    );
    expect(parseEnv({ PRICE_TABLE_FILE: "" }).PRICE_TABLE_FILE).toBeUndefined();
  });
});
