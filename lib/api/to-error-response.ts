import type { ApiErrorBody } from "@/lib/schemas/error";
import { ApiError, ERROR_STATUS } from "@/lib/errors/api-error";
import { logError } from "./log";

const NO_STORE = { "cache-control": "no-store" };

/** Turns anything thrown into the one JSON error shape; unknown errors never echo internals. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    const body: ApiErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    };
    return Response.json(body, { status: error.status, headers: { ...NO_STORE, ...error.headers } });
  }
  logError("unhandled error in a route handler", error);
  const body: ApiErrorBody = {
    error: { code: "internal_error", message: "Something went wrong on the server. Try again." },
  };
  return Response.json(body, { status: ERROR_STATUS.internal_error, headers: NO_STORE });
}
