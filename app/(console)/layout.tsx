import type { ReactNode } from "react";
import { LiveEvents } from "@/components/shell/live-events";
import { ProviderInfoProvider } from "@/components/shell/provider-context";
import { SiteHeader } from "@/components/shell/site-header";
import { requirePageSession } from "@/lib/api/page-session";
import { providerInfo } from "@/lib/api/provider-info";

// Rendered per request: the mode badge (and access control) follow the running server's env, not the build's.
export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  await requirePageSession();
  const provider = providerInfo();
  return (
    <ProviderInfoProvider value={provider}>
      <a
        href="#main"
        className="focus:bg-surface sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <SiteHeader mode={provider.kind} label={provider.label} />
      <LiveEvents />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6">
        {children}
      </main>
    </ProviderInfoProvider>
  );
}
