import "server-only";
import { z } from "zod";
import { UpstreamShapeError } from "../convert/shape-error";
import { toEnvelopeError } from "../errors";
import type { Upstream } from "../upstream";

// The console envelope {code, data, msg, serviceCode} of /v1/asset-groups* and /v1/assets*
// (API.md §1.3). `code` may be a number or a string; `data` may be missing (fall back to the
// top level), an object, an array or a plain string (delete answers).

const consoleEnvelopeSchema = z.looseObject({
  code: z.union([z.number(), z.string()]).nullish(),
  data: z.unknown().optional(),
  msg: z.string().nullish(),
  serviceCode: z.union([z.string(), z.number()]).nullish(),
});

const SUCCESS_CODES = new Set([0, 200]);

/** Returns the payload of a console-envelope answer, or throws the error it carries. */
export function unwrapConsole(upstream: Upstream, body: unknown): unknown {
  if (body === null || body === undefined) return null;
  const parsed = consoleEnvelopeSchema.safeParse(body);
  if (!parsed.success) throw new UpstreamShapeError("expected a JSON object");
  const { code, data } = parsed.data;
  if (code !== undefined && code !== null) {
    const numeric = Number(code);
    if (!Number.isFinite(numeric))
      throw new UpstreamShapeError(`envelope code ${JSON.stringify(code)} is not a number`);
    if (!SUCCESS_CODES.has(numeric)) throw toEnvelopeError(upstream, numeric, body);
  }
  return data === undefined || data === null ? body : data;
}

const totalSchema = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
// An array of anything, checked as an array without visiting each item (each is converted later).
const anyArray = z.custom<unknown[]>((value) => Array.isArray(value), "expected an array");
// Plain objects: unknown keys are allowed and dropped, not copied (nothing reads them).
const listDataSchema = z.object({
  list: anyArray.nullish(),
  records: anyArray.nullish(),
  items: anyArray.nullish(),
  data: anyArray.nullish(),
  total: totalSchema.nullish(),
  pagination: z.object({ total: totalSchema.nullish() }).nullish(),
});

/** list | records | items | a bare array, and total | pagination.total (API.md §1.4 item 2). */
export function extractList(data: unknown): { items: unknown[]; total: number | null } {
  if (Array.isArray(data)) return { items: data, total: null };
  const parsed = listDataSchema.safeParse(data);
  if (!parsed.success) throw new UpstreamShapeError("a list answer without list/records/items");
  const { list, records, items, data: nested, total, pagination } = parsed.data;
  return {
    items: list ?? records ?? items ?? nested ?? [],
    total: total ?? pagination?.total ?? null,
  };
}
