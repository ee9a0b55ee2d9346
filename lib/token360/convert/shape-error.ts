import "server-only";
import { ApiError } from "@/lib/errors/api-error";

/** An upstream answer the converters can't make sense of: loud, specific, and a 502. */
export class UpstreamShapeError extends ApiError {
  constructor(what: string) {
    super("upstream_error", `The upstream answered in an unexpected shape: ${what}.`);
    this.name = "UpstreamShapeError";
  }
}
