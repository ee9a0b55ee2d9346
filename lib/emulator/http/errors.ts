// One error class for every emulator route. Video and gateway errors answer in the OpenAI
// shape (family A), asset routes in the console envelope (family B) - API.md §1.3.

export type ErrorFamily = "openai" | "console";

const TYPE_BY_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_api_key",
  403: "invalid_request_error",
  404: "not_found_error",
  409: "invalid_request_error",
  410: "invalid_request_error",
  413: "invalid_request_error",
  415: "invalid_request_error",
  416: "invalid_request_error",
  429: "rate_limit_error",
  500: "api_error",
  507: "api_error",
};

export interface ErrorDetails {
  /** Family A `type`; derived from the status when omitted. */
  type?: string;
  param?: string | null;
  /** Family A `code` (a string upstream) or family B `serviceCode`. */
  code?: string | null;
  headers?: Record<string, string>;
}

export class EmulatorError extends Error {
  readonly family: ErrorFamily;
  readonly status: number;
  readonly details: ErrorDetails;

  constructor(family: ErrorFamily, status: number, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = "EmulatorError";
    this.family = family;
    this.status = status;
    this.details = details;
  }
}

/** Family A error, e.g. `apiError(404, "The requested model does not exist", {type: "model_not_found"})`. */
export const apiError = (status: number, message: string, details?: ErrorDetails) =>
  new EmulatorError("openai", status, message, details);

/** Family B error; `code` becomes `serviceCode`. */
export const consoleError = (status: number, serviceCode: string, message: string) =>
  new EmulatorError("console", status, message, { code: serviceCode });

export const errorFor = (
  family: ErrorFamily,
  status: number,
  code: string,
  message: string,
  param?: string,
) =>
  family === "console"
    ? consoleError(status, code, message)
    : apiError(status, message, { code, param: param ?? null });

export function errorBody(error: EmulatorError) {
  const { family, status, message, details } = error;
  if (family === "console") {
    return { code: status, msg: message, data: null, serviceCode: details.code ?? "ERROR" };
  }
  return {
    error: {
      message,
      type: details.type ?? TYPE_BY_STATUS[status] ?? "invalid_request_error",
      param: details.param ?? null,
      code: details.code ?? null,
    },
  };
}

export function errorResponse(error: EmulatorError): Response {
  return Response.json(errorBody(error), { status: error.status, headers: error.details.headers });
}

/** Asset endpoints speak the console envelope; everything else the OpenAI shape. */
export const familyOfPath = (pathname: string): ErrorFamily =>
  /\/v1\/(asset-groups|assets)(\/|$)/.test(pathname) ? "console" : "openai";
