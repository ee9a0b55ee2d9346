// One error class and one code -> status table, shared by the BFF, the provider clients and
// anything below them (lib/errors imports nothing of the app).
// Handlers and lib/token360 throw ApiError; toErrorResponse() turns anything into the one shape.

export const ERROR_STATUS = {
  validation_error: 400,
  unauthorized: 401,
  insufficient_balance: 402,
  forbidden_origin: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  asset_group_not_active: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  rate_limited: 429,
  internal_error: 500,
  upstream_error: 502,
  upstream_unavailable: 503,
  upstream_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Extra response headers, e.g. Retry-After on rate limits. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
  }
}
