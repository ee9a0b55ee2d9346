// Content-Security-Policy values. Pages get a fresh nonce per request from proxy.ts: Next.js
// puts it on its own scripts, the root layout on the theme script, and 'strict-dynamic' lets
// those scripts load the app's chunks. An injected inline script has no nonce and never runs.
// Inline style attributes (positioning by the UI primitives) still need 'unsafe-inline' for
// styles; they cannot run code.

export function pageContentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // Development builds evaluate code for fast refresh and talk to the HMR socket.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are data, never a page: nothing may run, images and media stay viewable. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self'; media-src 'self'; frame-ancestors 'none'";

/** 128 random bits, base64: what a CSP nonce should be. */
export const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
