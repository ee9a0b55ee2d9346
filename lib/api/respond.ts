import type { z } from "zod";

// Successful answers. JSON goes through the resource schema on the way out, so upstream
// extras (or a converter bug) never leak to the browser.

const NO_STORE = { "cache-control": "no-store" } as const;

export function json<T extends z.ZodType>(schema: T, data: z.input<T>, status = 200): Response {
  return Response.json(schema.parse(data), { status, headers: NO_STORE });
}

export const created = <T extends z.ZodType>(schema: T, data: z.input<T>) => json(schema, data, 201);

export const noContent = () => new Response(null, { status: 204, headers: NO_STORE });
