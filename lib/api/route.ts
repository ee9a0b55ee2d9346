import type { z } from "zod";
import { ApiError } from "@/lib/errors/api-error";
import { assertAllowedHost } from "./host-check";
import { checkSameOrigin, isMutation } from "./origin";
import { assertUnchanged, parseWith, readJsonBody, searchParamsToObject } from "./parse";
import { isSessionValid, sessionCookieOf } from "./session";
import { toErrorResponse } from "./to-error-response";

// The one handler wrapper: the allowed-host check, origin check for mutations, the app
// password, zod parsing of params / query / JSON body, and error mapping. Route files stay a few
// lines long. (The emulator's catch-all route speaks another error dialect; it runs the same
// checks through lib/api/emulator-access.ts.)

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteOptions<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> {
  params?: P;
  query?: Q;
  body?: B;
  /** JSON body cap in bytes (default 64 KB). */
  maxBodyBytes?: number;
  /** Reachable without the app password (health, sign-in). */
  public?: boolean;
  /** The parsed body must equal the JSON as sent: nothing stripped or rewritten (forwarded bodies). */
  exactBody?: boolean;
}

export interface RouteContext<P, Q, B> {
  request: Request;
  params: P;
  query: Q;
  body: B;
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export function route<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  options: RouteOptions<P, Q, B>,
  handler: (context: RouteContext<Out<P>, Out<Q>, Out<B>>) => Promise<Response> | Response,
) {
  return async function handle(request: Request, context?: NextContext): Promise<Response> {
    try {
      authorize(request, options.public === true);
      const params = (
        options.params ? parseWith(options.params, (await context?.params) ?? {}, "path") : undefined
      ) as Out<P>;
      const query = (
        options.query
          ? parseWith(options.query, searchParamsToObject(new URL(request.url).searchParams), "query")
          : undefined
      ) as Out<Q>;
      const raw = options.body
        ? await readJsonBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
        : undefined;
      const body = (options.body ? parseWith(options.body, raw, "body") : undefined) as Out<B>;
      if (options.exactBody) assertUnchanged(raw, body);
      return await handler({ request, params, query, body });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** Host first (DNS rebinding), origin next (a cross-site form must learn nothing), then the password. */
export function authorize(request: Request, isPublic: boolean): void {
  assertAllowedHost(request.headers);
  if (isMutation(request.method)) {
    const verdict = checkSameOrigin(request.headers);
    if (!verdict.ok) {
      throw new ApiError(
        "forbidden_origin",
        "Cross-site requests are not allowed; use the app from its own address",
      );
    }
  }
  if (!isPublic && !isSessionValid(sessionCookieOf(request))) {
    throw new ApiError("unauthorized", "Sign in to continue");
  }
}
