import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson } from "@/lib/client/fetch-json";
import { sessionStateSchema } from "@/lib/schemas/session";

// The app password's session as the browser sees it: whether sign-in is needed, and the two
// ways out (this browser, or every browser).

export const SESSION_URL = "/api/session";
export const ALL_SESSIONS_URL = "/api/session/all";

export const sessionKeys = { all: ["session"] as const };

export const sessionStateQuery = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => fetchJson(sessionStateSchema, SESSION_URL, { signal }),
    staleTime: 5 * 60 * 1000,
  });

export const signOut = () => fetchJson(z.undefined(), SESSION_URL, { method: "DELETE" });

export const signOutEverywhere = () => fetchJson(z.undefined(), ALL_SESSIONS_URL, { method: "DELETE" });
