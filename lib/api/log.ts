import { redactSecrets } from "@/lib/errors/redact";

// Server log lines go through here so that a secret can never reach stdout/stderr,
// not even inside an upstream message or a stack trace.

function describe(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ""}`;
  return typeof error === "string" ? error : JSON.stringify(error);
}

export function logError(context: string, error?: unknown): void {
  console.error(redactSecrets(error === undefined ? context : `${context}: ${describe(error)}`));
}

export function logWarn(message: string): void {
  console.warn(redactSecrets(message));
}
