import { queryOptions } from "@tanstack/react-query";
import { noContent, objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import type { z } from "zod";
import type { sessionStateSchema } from "@/lib/schemas/session";

// The app password's session as the browser sees it: whether sign-in is needed, and the two
// ways out (this browser, or every browser).

export const SESSION_URL = "/api/session";
export const ALL_SESSIONS_URL = "/api/session/all";

export const sessionKeys = { all: ["session"] as const };

export const sessionStateQuery = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) =>
      fetchJson(objectAnswer<z.infer<typeof sessionStateSchema>>("required", "authenticated"), SESSION_URL, {
        signal,
      }),
    staleTime: 5 * 60 * 1000,
  });

export const signOut = () => fetchJson(noContent, SESSION_URL, { method: "DELETE" });

export const signOutEverywhere = () => fetchJson(noContent, ALL_SESSIONS_URL, { method: "DELETE" });
