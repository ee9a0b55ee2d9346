import "server-only";
import { z } from "zod";

// Field shapes shared by the wire schemas. Wire schemas are loose objects: unknown fields
// are allowed in and ignored, known fields must have a sane type or parsing fails loudly.

/** An id that may come as a string or a number (API.md §1.4 items 4-5). */
export const idLike = z.union([z.string().min(1), z.number().int()]).transform(String);

export const optionalText = z.string().nullish();

/** Numbers that some payloads send as numeric strings. */
export const numberLike = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish();

/** Unix seconds/ms or an ISO string; converted later. */
export const dateLike = z.union([z.number(), z.string()]).nullish();
