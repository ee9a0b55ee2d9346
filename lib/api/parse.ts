import type { z } from "zod";
import { ApiError } from "@/lib/errors/api-error";

// Input parsing shared by the route wrapper: zod issues become one 400 with a readable message.

export function toValidationError(error: z.ZodError, where: string): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first
    ? `Invalid ${where}: ${first.path ? `${first.path}: ` : ""}${first.message}`
    : `Invalid ${where}`;
  return new ApiError("validation_error", message, { issues });
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw toValidationError(result.error, where);
  return result.data;
}

/** Query string to a plain object; a repeated key becomes an array (which strict schemas reject). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return result;
}

/** Reads a JSON body with a byte cap, so a huge body can't exhaust memory before parsing. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the request body as application/json");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new ApiError("validation_error", "The request body is empty");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new ApiError("validation_error", "The request body is empty");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("validation_error", "The request body is not valid JSON");
  }
}

const tooLarge = (maxBytes: number) =>
  new ApiError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB`);

/** The path of the first place where two JSON values differ, or null when they are equal. */
export function firstDifference(sent: unknown, parsed: unknown, path = ""): string | null {
  if (Object.is(sent, parsed)) return null;
  if (typeof sent !== "object" || typeof parsed !== "object" || sent === null || parsed === null)
    return path || "(body)";
  if (Array.isArray(sent) !== Array.isArray(parsed)) return path || "(body)";
  const keys = new Set([...Object.keys(sent), ...Object.keys(parsed)]);
  for (const key of keys) {
    const child = Array.isArray(sent) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = firstDifference(
      (sent as Record<string, unknown>)[key],
      (parsed as Record<string, unknown>)[key],
      child,
    );
    if (found) return found;
  }
  return null;
}

/** For bodies forwarded as parsed: a field the schema would drop or rewrite is refused instead. */
export function assertUnchanged(sent: unknown, parsed: unknown): void {
  const path = firstDifference(sent, parsed);
  if (path) {
    throw new ApiError(
      "validation_error",
      `Invalid body: ${path} is not a field the API takes in this form`,
      {
        param: path,
      },
    );
  }
}
