"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ProviderInfo } from "@/lib/schemas/provider-info";

// The provider the server runs against, handed down once by the console layout.

const DEFAULT: ProviderInfo = {
  kind: "emulator",
  label: "Emulator",
  assetLibraryNote: null,
  inlineImages: false,
  localMediaNote: null,
};
const ProviderInfoContext = createContext<ProviderInfo>(DEFAULT);

export function ProviderInfoProvider({ value, children }: { value: ProviderInfo; children: ReactNode }) {
  return <ProviderInfoContext value={value}>{children}</ProviderInfoContext>;
}

export const useProviderInfo = () => useContext(ProviderInfoContext);
