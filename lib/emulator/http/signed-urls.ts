import { createHmac, timingSafeEqual } from "node:crypto";
import { FILE_NAME, isBucket, type Bucket } from "../storage/layout";

// Presigned content URLs, like the CDN links upstream returns: anyone holding one may read the
// file until it expires, with no API key. The secret lives in the data dir (db meta).

export const URL_TTL_SECONDS = 3600;
export const FILES_PREFIX = "/emulator/files/";
/** Internal reference to a stored file inside persisted requests; re-signed whenever echoed. */
export const INTERNAL_FILE_SCHEME = "emulator-file://";

export interface FileRef {
  bucket: Bucket;
  name: string;
}

export function createSigner(secret: string, now: () => number) {
  const mac = (ref: FileRef, exp: number) =>
    createHmac("sha256", secret).update(`${ref.bucket}/${ref.name}\n${exp}`).digest("hex").slice(0, 40);

  return {
    /** Absolute signed URL on the caller's origin. */
    sign(origin: string, ref: FileRef, ttlSeconds = URL_TTL_SECONDS): string {
      const exp = Math.floor(now() / 1000) + ttlSeconds;
      return `${origin}${FILES_PREFIX}${ref.bucket}/${ref.name}?exp=${exp}&sig=${mac(ref, exp)}`;
    },
    /** "ok", "expired" or "invalid" for a bucket/name and its query. */
    check(ref: FileRef, exp: string | null, sig: string | null): "ok" | "expired" | "invalid" {
      if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return "invalid";
      const expected = Buffer.from(mac(ref, Number(exp)));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
      return Number(exp) * 1000 < now() ? "expired" : "ok";
    },
  };
}
export type Signer = ReturnType<typeof createSigner>;

/** Splits `/emulator/files/<bucket>/<name>` (any host) into a reference; null for other paths. */
export function parseFilesPath(pathname: string): FileRef | null {
  if (!pathname.startsWith(FILES_PREFIX)) return null;
  const [bucket, name, ...rest] = pathname.slice(FILES_PREFIX.length).split("/");
  if (rest.length > 0 || !bucket || !name || !isBucket(bucket) || !FILE_NAME.test(name)) return null;
  return { bucket, name };
}

export const internalFileUrl = (ref: FileRef) => `${INTERNAL_FILE_SCHEME}${ref.bucket}/${ref.name}`;

export function parseInternalFileUrl(url: string): FileRef | null {
  if (!url.startsWith(INTERNAL_FILE_SCHEME)) return null;
  return parseFilesPath(`${FILES_PREFIX}${url.slice(INTERNAL_FILE_SCHEME.length)}`);
}
