import { ClientApiError } from "@/lib/client/api-error";

/** A sentence for any thrown value: the server's own message when it sent one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ClientApiError || error instanceof Error) return error.message;
  return "An unexpected error occurred.";
}
