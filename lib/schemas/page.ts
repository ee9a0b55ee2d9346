import { z } from "zod";

/** A page of results from a page-numbered list. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** A page of results from a cursor list (videos). */
export const cursorPageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    hasMore: z.boolean(),
    firstId: z.string().nullable(),
    lastId: z.string().nullable(),
  });
export type CursorPage<T> = { items: T[]; hasMore: boolean; firstId: string | null; lastId: string | null };
