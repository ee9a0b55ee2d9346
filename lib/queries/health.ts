import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import { healthSchema } from "@/lib/schemas/health";

/** The server pings the provider at most once per 15 s; asking more often learns nothing new. */
const HEALTHY_POLL_MS = 60_000;
const UNREACHABLE_POLL_MS = 15_000;

export const healthQuery = () =>
  queryOptions({
    queryKey: ["health"] as const,
    queryFn: ({ signal }) => fetchJson(healthSchema, "/api/health", { signal }),
    refetchInterval: (query) =>
      query.state.data?.upstream.ok === false ? UNREACHABLE_POLL_MS : HEALTHY_POLL_MS,
    retry: false,
  });
