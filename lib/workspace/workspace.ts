import "server-only";
import { env } from "@/lib/env";
import { openWorkspace, type Workspace } from "./open-workspace";

// One workspace store per server process, cached on globalThis because Next may load this
// module more than once (route bundles), and every copy must share one connection.
const store = globalThis as typeof globalThis & { __portraitStudioWorkspace?: Workspace };

export function getWorkspace(): Workspace {
  store.__portraitStudioWorkspace ??= openWorkspace(env.DATA_DIR);
  return store.__portraitStudioWorkspace;
}
