import type { CursorPage, Page } from "@/lib/schemas/page";

// How the browser reads the answers of the app's own API. The BFF parses every answer with the
// route's schema on its way out (lib/api/respond.ts), so the browser takes it as that type
// without shipping zod: it only checks that the body is the kind of object it asked for, which
// catches a proxy's page or another route's answer. fetchJson still accepts a zod schema (any
// object with `parse`), for code that must check more; in the browser that brings zod with it.

/** Turns a decoded JSON body into a T, or throws. */
export interface AnswerParser<T> {
  parse(data: unknown): T;
}

const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === "object" && data !== null && !Array.isArray(data);

/** An object answer with these fields, taken as the T the server parsed it into. */
export function objectAnswer<T extends object>(...fields: (keyof T & string)[]): AnswerParser<T> {
  return {
    parse(data) {
      const missing = isObject(data) ? fields.find((field) => !(field in data)) : "an object";
      if (missing !== undefined) throw new TypeError(`The answer lacks ${missing}.`);
      return data as T;
    },
  };
}

/** A page of a page-numbered list (`{ items, total, page, pageSize }`). */
export const pageAnswer = <T>(): AnswerParser<Page<T>> => listAnswer(objectAnswer<Page<T>>("total", "page"));

/** A page of a cursor list (`{ items, hasMore, firstId, lastId }`). */
export const cursorPageAnswer = <T>(): AnswerParser<CursorPage<T>> =>
  listAnswer(objectAnswer<CursorPage<T>>("hasMore", "lastId"));

function listAnswer<P extends { items: unknown[] }>(page: AnswerParser<P>): AnswerParser<P> {
  return {
    parse(data) {
      const parsed = page.parse(data);
      if (!Array.isArray(parsed.items)) throw new TypeError("The answer's items are not a list.");
      return parsed;
    },
  };
}

/** Any answer, unread (DELETE routes answer 204 or a body nobody uses). */
export const anyAnswer: AnswerParser<unknown> = { parse: (data) => data };

/** No body: a 204 answer. */
export const noContent: AnswerParser<undefined> = {
  parse(data) {
    if (data !== undefined) throw new TypeError("The answer has a body where none was expected.");
    return undefined;
  },
};
