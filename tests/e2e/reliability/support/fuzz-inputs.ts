import fc from "fast-check";
import type { DocumentedRoute } from "./bff-routes";

// Generated bad (and occasionally good) requests for one documented route: hostile path ids,
// junk query strings, wrong content types, random JSON, text and bytes, odd headers and origins.

export interface FuzzRequest {
  /** The documented route it aims at, e.g. `/api/assets/[assetId]`. */
  route: string;
  method: string;
  /** Path and query exactly as sent (already encoded where the case says so). */
  target: string;
  origin: "same" | "none" | "cross" | "null";
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer> | FormData;
}

const HEX32 = "0123456789abcdef0123456789abcdef";

const printable = (maxLength: number) =>
  fc.string({ unit: "binary-ascii", maxLength }).map((text) => text.replace(/[^\x20-\x7e]/g, ""));

/** Lone surrogates cannot be percent-encoded; a browser would send U+FFFD instead. */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

const hostileIds = fc.constantFrom(
  "..",
  ".",
  "../..",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "%2e%2e%2f%2e%2e%2fapi%2fhealth",
  "%252e%252e%252f",
  "....//....//",
  "..\\..\\windows\\win.ini",
  "%00",
  "a%00b",
  `ta_${HEX32}/../../emulator/_admin/faults`,
  `ta_${HEX32}%2F..%2F..`,
  "//evil.example/x",
  "http://evil.example/",
  "%0d%0aSet-Cookie:%20x=1",
  "~root",
  "con",
  "a".repeat(3000),
  `ta_${HEX32.toUpperCase()}`,
  `ta_${HEX32}0`,
);

const plausibleIds = fc.oneof(
  fc.stringMatching(/^(ta|ua)_[0-9a-f]{32}$/),
  fc.stringMatching(/^vid_[0-9a-f]{24}$/),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/),
);

const pathId = fc
  .tuple(
    fc.oneof(hostileIds, plausibleIds, fc.string({ unit: "binary", maxLength: 80 }), printable(80)),
    fc.constantFrom("encoded", "raw", "double"),
  )
  .map(([id, how]) => {
    const clean = wellFormed(id);
    if (how === "raw") return clean;
    const once = encodeURIComponent(clean);
    return how === "double" ? encodeURIComponent(once) : once;
  });

const QUERY_KEYS = [
  "page",
  "pageSize",
  "keyword",
  "kind",
  "status",
  "groupId",
  "mediaType",
  "limit",
  "after",
  "before",
  "order",
  "size",
  "download",
  "format",
  "current",
];

const junkValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom("", "-1", "0", "1e309", "NaN", "99999999999999999999", "true", "[]", "{}", "%", "%zz"),
  fc.constantFrom("VIRTUAL_PORTRAIT", "GENERIC", "active", "image", "asc", "1", "thumb", "full"),
);

const queryString = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), printable(12)), junkValue), {
      maxLength: 6,
    }),
    fc.boolean(),
  )
  .map(([pairs, raw]) => {
    if (pairs.length === 0) return "";
    if (raw) return `?${pairs.map(([key, value]) => `${key}=${value.replace(/[#\s]/g, "")}`).join("&")}`;
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(wellFormed(key), wellFormed(value));
    return `?${params.toString()}`;
  });

const contentType = fc.oneof(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=nothing-matches",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "image/png",
    "application/json, text/html",
  ),
  printable(40),
);

const extraHeaders = fc.dictionary(
  fc.constantFrom(
    "range",
    "accept",
    "accept-encoding",
    "if-none-match",
    "if-range",
    "x-forwarded-host",
    "x-forwarded-proto",
    "cookie",
    "sec-fetch-site",
    "authorization",
  ),
  fc.oneof(
    printable(60),
    fc.constantFrom(
      "bytes=0-",
      "bytes=-1",
      "bytes=5-2",
      "bytes=0-1,4-5",
      "bytes=99999999999-",
      "same-origin",
    ),
  ),
  { maxKeys: 3 },
);

const anyJson = fc.jsonValue({ maxDepth: 3 });

const mediaUrl = fc.oneof(
  fc.constantFrom(
    `asset://ta_${HEX32}`,
    `asset://ua_${HEX32}`,
    "asset://../../etc/passwd",
    "http://127.0.0.1:1/frame.png",
    "file:///etc/passwd",
    "data:image/png;base64,AAAA",
    "data:text/html,<script>alert(1)</script>",
    "javascript:alert(1)",
  ),
  fc.webUrl(),
  fc.string({ maxLength: 60 }),
);

const videoBody = fc.record(
  {
    model: fc.oneof(fc.constantFrom("seedance-2.0", "seedance-2.0-fast", "seedance-1.5-pro"), anyJson),
    prompt: fc.oneof(fc.string({ maxLength: 200 }), anyJson),
    duration: fc.oneof(fc.integer({ min: -5, max: 40 }), anyJson),
    resolution: fc.oneof(fc.constantFrom("480p", "720p", "1080p", "4K"), anyJson),
    aspect_ratio: fc.oneof(fc.constantFrom("16:9", "adaptive", "9:21", "1:0"), anyJson),
    seed: fc.oneof(fc.integer(), anyJson),
    callback_url: fc.oneof(fc.webUrl(), anyJson),
    frame_images: fc.array(
      fc.record(
        {
          type: fc.oneof(fc.constant("image_url"), anyJson),
          frame_type: fc.oneof(fc.constantFrom("first_frame", "last_frame"), anyJson),
          image_url: fc.oneof(fc.record({ url: mediaUrl }), mediaUrl, anyJson),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    input_references: fc.array(
      fc.record(
        {
          type: fc.oneof(fc.constantFrom("image_url", "video_url", "audio_url"), anyJson),
          role: fc.oneof(fc.constantFrom("reference", "first_frame", "source_video"), anyJson),
          image_url: fc.record({ url: mediaUrl }),
          video_url: fc.record({ url: mediaUrl }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
    metadata: anyJson,
  },
  { requiredKeys: [] },
);

const signInBody = fc.record(
  { password: fc.oneof(fc.string({ maxLength: 300 }), anyJson) },
  { requiredKeys: [] },
);

const nameBody = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 300 }), anyJson),
    kind: fc.oneof(fc.constantFrom("VIRTUAL_PORTRAIT", "REAL_FACE", "GENERIC", "virtual_portrait"), anyJson),
  },
  { requiredKeys: [] },
);

/** Starts of real image files, so the upload path gets past sniffing and into the header reader. */
const IMAGE_HEADS = [
  [0xff, 0xd8, 0xff, 0xe0],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
  [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
];

const fileBytes = fc
  .tuple(fc.option(fc.constantFrom(...IMAGE_HEADS), { nil: undefined }), fc.uint8Array({ maxLength: 4096 }))
  .map(([head, rest]) => new Uint8Array([...(head ?? []), ...rest]));

const multipartBody = fc
  .record({
    fields: fc.dictionary(
      fc.oneof(fc.constantFrom("name", "groupId", "retention", "retentionDays", "model"), printable(10)),
      fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom("none", "1", "7", "30", "-1", `ta_${HEX32}`)),
      { maxKeys: 5 },
    ),
    file: fc.option(
      fc.record({
        field: fc.constantFrom("file", "file", "image", "files[]"),
        bytes: fileBytes,
        filename: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom("../../x.jpg", "a\\b.png", "")),
        type: fc.oneof(contentType, fc.constant("image/jpeg")),
      }),
      { nil: undefined },
    ),
    fileFirst: fc.boolean(),
  })
  .map(({ fields, file, fileFirst }) => {
    const form = new FormData();
    const addFile = () => {
      if (file)
        form.append(file.field, new Blob([file.bytes], { type: file.type }), wellFormed(file.filename));
    };
    if (fileFirst) addFile();
    for (const [key, value] of Object.entries(fields)) form.append(wellFormed(key), wellFormed(value));
    if (!fileFirst) addFile();
    return form;
  });

const jsonishBody = (shaped: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: shaped.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1024 }).map((bytes) => new Uint8Array(bytes)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("", "{", "null", "[]", '{"name":', "\u0000", "x".repeat(70_000)),
    },
  );

function bodyFor(route: DocumentedRoute): fc.Arbitrary<FuzzRequest["body"]> {
  if (route.method === "GET") return fc.constant(undefined);
  if (route.method === "DELETE") return fc.option(fc.string({ maxLength: 100 }), { nil: undefined });
  // The emulator's /v1 routes take the same bodies as the app's own.
  const template = route.template.replace(/^\/emulator\/v1\//, "/api/");
  if (template === "/api/assets" && route.method === "POST") {
    return fc.oneof({ weight: 4, arbitrary: multipartBody }, { weight: 1, arbitrary: jsonishBody(anyJson) });
  }
  if (template === "/api/videos") return jsonishBody(videoBody);
  if (template === "/api/session") return jsonishBody(signInBody);
  return jsonishBody(nameBody);
}

/** One generated request against a documented route. */
export function fuzzRequest(route: DocumentedRoute): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      ids: fc.array(pathId, { minLength: route.params.length, maxLength: route.params.length }),
      query: queryString,
      origin: fc.constantFrom("same", "same", "same", "none", "cross", "null"),
      contentType: fc.option(contentType, { nil: undefined }),
      headers: extraHeaders,
      body: bodyFor(route),
    })
    .map(({ ids, query, origin, contentType: type, headers, body }) => {
      let index = 0;
      const path = route.template.replace(/\[\w+\]/g, () => ids[index++] ?? "");
      const all: Record<string, string> = { ...headers };
      // FormData sets its own multipart type with the boundary; other bodies get a random one.
      if (type !== undefined && !(body instanceof FormData)) all["content-type"] = type;
      return {
        route: route.template,
        method: route.method,
        target: `${path}${query}`,
        origin,
        headers: all,
        body,
      };
    });
}

/** Ids that trip decoders and path handling; each is sent to every route with a path param. */
const EDGE_IDS = ["%zz", "%E0%A4%A", "%", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00", "a".repeat(3000)];

/**
 * A fixed corpus run before the generated requests, so inputs that once found a bug are tried
 * on every run whatever the seed.
 */
export function edgeCases(route: DocumentedRoute): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const same = { route: route.template, origin: "same" as const, headers: {} };
  const withId = (id: string) => route.template.replace(/\[\w+\]/g, id);
  if (route.params.length > 0) {
    for (const id of EDGE_IDS) cases.push({ ...same, method: route.method, target: withId(id) });
  }
  if (route.method === "POST" || route.method === "PATCH") {
    const target = withId(`ta_${HEX32}`);
    for (const [type, body] of [
      ["multipart/form-data; boundary=", "abc"],
      ["multipart/form-data; boundary=x", ""],
      ["multipart/form-data", "--x\r\n"],
      ["application/json", ""],
      ["application/json", "{"],
      ["application/json", "null"],
      ["text/plain", "{}"],
    ] as const) {
      cases.push({ ...same, method: route.method, target, headers: { "content-type": type }, body });
    }
  }
  return cases;
}
