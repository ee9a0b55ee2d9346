import type { MediaType } from "@/lib/schemas/asset";
import { inputFromUrl } from "./from-request";
import type { MediaInput } from "./form-state";

export type MediaLinkResult = { ok: true; input: MediaInput } | { ok: false; message: string };

/**
 * A link typed into a media block: an https (or http) address the provider fetches itself, or an
 * `asset://` reference. Inline `data:` URLs are refused (providers refuse base64 video, and the
 * app never sends them); anything else that is not a web address is refused in words.
 */
export function parseMediaLink(text: string, mediaType: MediaType): MediaLinkResult {
  const value = text.trim();
  if (!value) return { ok: false, message: `Paste the address of the ${mediaType}.` };
  if (/^asset:\/\/(ta|ua)_[A-Za-z0-9]+$/.test(value))
    return { ok: true, input: inputFromUrl(value, mediaType) };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `"${value}" is not a web address (it should start with https://).` };
  }
  if (url.protocol === "data:") {
    return { ok: false, message: "Inline data: URLs are not sent to providers. Upload the file instead." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, message: "Only https:// (or http://) addresses can be fetched by the provider." };
  }
  if (url.username || url.password) {
    return { ok: false, message: "Addresses with a user name or password are not sent to providers." };
  }
  return { ok: true, input: inputFromUrl(url.href, mediaType) };
}
