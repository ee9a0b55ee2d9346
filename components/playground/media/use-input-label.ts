"use client";

import { useQuery } from "@tanstack/react-query";
import type { MediaInput } from "@/lib/playground/form-state";
import { assetQuery } from "@/lib/queries/assets";

/**
 * The name and group to show for an input. Inputs rebuilt by "Run again" know only their asset
 * ID; their library record fills in the rest once it loads.
 */
export function useInputLabel(input: MediaInput): { name: string; groupName: string | null } {
  const bare = input.source === "asset" && input.name === input.assetId;
  const asset = useQuery({
    ...assetQuery(input.source === "asset" ? input.assetId : "none"),
    enabled: bare,
    retry: false,
  });
  if (input.source !== "asset") return { name: input.name, groupName: null };
  return {
    name: bare && asset.data ? asset.data.name : input.name,
    groupName: input.groupName ?? asset.data?.groupName ?? null,
  };
}
