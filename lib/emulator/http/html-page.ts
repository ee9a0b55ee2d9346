import { createHash } from "node:crypto";

// The emulator's few HTML pages (the Real Face stand-in) carry a Content-Security-Policy that
// allows exactly their own inline <style> and <script> blocks by hash, and nothing else: an
// injected script would not match and would not run.

const BLOCK = /<(script|style)>([\s\S]*?)<\/\1>/g;

const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export function contentSecurityPolicyFor(html: string): string {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const [, kind, body] of html.matchAll(BLOCK)) hashes[kind as "script" | "style"].add(hashOf(body!));
  const list = (set: Set<string>) => (set.size > 0 ? [...set].join(" ") : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(hashes.script)}`,
    `style-src ${list(hashes.style)}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const htmlPage = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": contentSecurityPolicyFor(body),
    },
  });
