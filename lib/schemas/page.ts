import { z } from "zod";

// Built once per item schema: a zod schema compiles its parser on first use, so a schema made
// per request would pay that again on every answer.
const memo = new WeakMap<z.ZodType, Map<string, z.ZodType>>();
function once<S extends z.ZodType>(item: z.ZodType, kind: string, build: () => S): S {
  let built = memo.get(item);
  if (!built) memo.set(item, (built = new Map()));
  const known = built.get(kind) as S | undefined;
  if (known) return known;
  const schema = build();
  built.set(kind, schema);
  return schema;
}

/** A page of results from a page-numbered list. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  once(item, "page", () =>
    z.object({
      items: z.array(item),
      total: z.number().int().nonnegative(),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1),
    }),
  );
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** A page of results from a cursor list (videos). */
export const cursorPageSchema = <T extends z.ZodType>(item: T) =>
  once(item, "cursor", () =>
    z.object({
      items: z.array(item),
      hasMore: z.boolean(),
      firstId: z.string().nullable(),
      lastId: z.string().nullable(),
    }),
  );
export type CursorPage<T> = { items: T[]; hasMore: boolean; firstId: string | null; lastId: string | null };
