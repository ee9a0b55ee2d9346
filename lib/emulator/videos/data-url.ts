// `data:` URLs as inputs (API.md §2.1.1: one client sends frames inline). Base64 and
// percent-encoded payloads are both valid; the size is checked before decoding.

export interface DataUrl {
  mimeType: string;
  bytes: Buffer;
}

export function parseDataUrl(url: string, maxBytes: number): DataUrl | { error: string } {
  const comma = url.indexOf(",");
  if (!url.startsWith("data:") || comma < 0) return { error: "is not a valid data: URL" };
  const meta = url.slice(5, comma).split(";");
  const base64 = meta.includes("base64");
  const payload = url.slice(comma + 1);
  const estimate = base64 ? Math.floor((payload.length * 3) / 4) : payload.length;
  if (estimate > maxBytes + 3) return { error: `is larger than ${maxBytes} bytes` };
  let bytes: Buffer;
  try {
    bytes = base64 ? Buffer.from(payload, "base64") : Buffer.from(decodeURIComponent(payload), "latin1");
  } catch {
    return { error: "could not be decoded" };
  }
  if (bytes.length === 0) return { error: "is empty" };
  if (bytes.length > maxBytes) return { error: `is larger than ${maxBytes} bytes` };
  return { mimeType: (meta[0] || "text/plain").toLowerCase(), bytes };
}
