// Anything that looks like an API key (sk-…) is masked before it can reach a log line,
// an error message or a response body.
const SECRET_PATTERN = /\bsk-[A-Za-z0-9_-]{4,}/g;
const BEARER_PATTERN = /\bBearer\s+[^\s"',;]+/gi;

export function redactSecrets(text: string): string {
  return text.replace(BEARER_PATTERN, "Bearer [redacted]").replace(SECRET_PATTERN, "sk-[redacted]");
}
