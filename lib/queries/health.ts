import { queryOptions } from "@tanstack/react-query";
import { objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import type { z } from "zod";
import type { healthSchema } from "@/lib/schemas/health";

/** The server pings the provider at most once per 15 s; asking more often learns nothing new. */
const HEALTHY_POLL_MS = 60_000;
const UNREACHABLE_POLL_MS = 15_000;

export const healthQuery = () =>
  queryOptions({
    queryKey: ["health"] as const,
    queryFn: ({ signal }) =>
      fetchJson(objectAnswer<z.infer<typeof healthSchema>>("mode", "upstream"), "/api/health", { signal }),
    refetchInterval: (query) =>
      query.state.data?.upstream.ok === false ? UNREACHABLE_POLL_MS : HEALTHY_POLL_MS,
    retry: false,
  });
