import { queryOptions } from "@tanstack/react-query";
import { objectAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { MODELS_URL } from "@/lib/schemas/app-urls";
import type { ModelCapabilities } from "@/lib/video/capabilities";
import { MODEL_CAPABILITIES } from "@/lib/video/capabilities";

export const modelKeys = { all: ["models"] as const };

/**
 * The models the server offers. The capability table is shared code, so the list starts from it
 * (the form is usable at once) and the server's answer confirms it in the background.
 */
export const modelListQuery = () =>
  queryOptions({
    queryKey: modelKeys.all,
    queryFn: ({ signal }) =>
      fetchJson(objectAnswer<{ items: ModelCapabilities[] }>("items"), MODELS_URL, { signal }),
    initialData: {
      items: Object.values(MODEL_CAPABILITIES).map((caps) => ({
        ...caps,
        modes: [...caps.modes],
        resolutions: [...caps.resolutions],
        aspectRatios: [...caps.aspectRatios],
      })),
    },
    initialDataUpdatedAt: 0,
    staleTime: 60 * 60 * 1000,
  });
