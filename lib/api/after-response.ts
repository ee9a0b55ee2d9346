import "server-only";
import { after } from "next/server";

/**
 * Runs work after the response has gone out (Next's `after`), so the browser is not kept
 * waiting for it. Outside a request (unit tests, scripts) the work simply starts now.
 */
export function afterResponse(task: () => Promise<void>): void {
  try {
    after(task);
  } catch {
    void task();
  }
}
