import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import type { AssetRecord } from "@/lib/schemas/asset";
import { toAsset } from "./convert/asset";
import { requestJson } from "./http";
import { multipartBody } from "./multipart";
import { getUpstream, type Upstream } from "./upstream";
import { unwrapConsole } from "./wire/envelope";

export interface CreateAssetInput {
  /** The file's bytes exactly as received; streamed, never buffered whole. */
  bytes: AsyncIterable<Uint8Array>;
  filename: string;
  mimeType: string;
  name?: string;
  groupId?: string;
  /** Generic uploads only; portrait groups have no per-file expiry. */
  retentionDays?: number;
}

/**
 * POST /v1/assets as a streamed multipart body (API.md §2.3.1). Never retried. The timer
 * starts once the last byte is sent, so a slow browser upload is not cut off.
 */
export async function createAsset(
  input: CreateAssetInput,
  signal?: AbortSignal,
  upstream: Upstream = getUpstream(),
): Promise<AssetRecord> {
  const timeout = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const armTimer = () => {
    const seconds = Math.round(upstream.timeoutMs / 1000);
    const reason = new ApiError(
      "upstream_timeout",
      `${upstream.label} did not confirm the upload within ${seconds} s. Try again.`,
    );
    timer = setTimeout(() => timeout.abort(reason), upstream.timeoutMs);
  };
  const { body, contentType } = multipartBody(
    {
      name: input.name,
      groupId: input.groupId,
      retentionDays: input.retentionDays === undefined ? undefined : String(input.retentionDays),
    },
    { field: "file", filename: input.filename, contentType: input.mimeType, bytes: input.bytes },
    armTimer,
  );
  try {
    const answer = await requestJson(upstream, {
      method: "POST",
      path: "/assets",
      body,
      headers: { "content-type": contentType },
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      timeoutMs: null,
    });
    return toAsset(unwrapConsole(upstream, answer));
  } finally {
    clearTimeout(timer);
  }
}
