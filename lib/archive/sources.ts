import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import type { KeepSource } from "./archiver";
import type { KeptFile } from "./layout";

// Where the archiver reads a finished task's files. A remote provider names signed links to its
// outputs; they are fetched through the one guarded fetcher (lib/net), never with the API key:
// a link on the configured host's origin is trusted as that host is (it may be this machine in
// tests), any other must be https on a public address, checked on the resolved IP and on every
// redirect. The embedded emulator is read in-process, through the provider's own calls.

export interface OutputLinks {
  video: string | null;
  lastFrame: string | null;
}

export interface RemoteSourceOptions {
  /** The configured API base (TOKEN360_BASE_URL or the native provider's). */
  baseUrl: string;
  /** The task's current links (asked fresh: they expire); null when the provider forgot the task. */
  outputsOf: (taskId: string) => Promise<OutputLinks | null>;
  /** When the provider names no link (a download endpoint that needs the key): its own call. */
  openDirect?: (
    taskId: string,
    file: KeptFile,
    range: string | null,
    signal: AbortSignal,
  ) => Promise<Response>;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a link names the configured host (a host on this machine may sign with another loopback name). */
function onConfiguredHost(target: URL, base: URL): boolean {
  if (target.origin === base.origin) return true;
  return (
    LOOPBACK.has(target.hostname) &&
    LOOPBACK.has(base.hostname) &&
    target.port === base.port &&
    target.protocol === base.protocol
  );
}

const rangeFrom = (from: number) => (from > 0 ? `bytes=${from}-` : null);

export function remoteKeepSource(options: RemoteSourceOptions): KeepSource {
  const base = new URL(options.baseUrl);
  const hostFetch = createGuardedFetch({
    allowLoopback: LOOPBACK.has(base.hostname),
    maxRedirects: 3,
  });
  const outsideFetch = createGuardedFetch({ allowLoopback: false, maxRedirects: 3, httpsOnly: true });
  return {
    async open(taskId, file, from, signal) {
      const links = await options.outputsOf(taskId);
      if (!links) throw new Error("the provider no longer has this task");
      const link = file === "video" ? links.video : links.lastFrame;
      const range = rangeFrom(from);
      if (!link) return options.openDirect ? options.openDirect(taskId, file, range, signal) : null;
      const target = new URL(link, base);
      const fetchIt = onConfiguredHost(target, base) ? hostFetch : outsideFetch;
      return fetchIt(target.toString(), { headers: range ? { range } : {}, signal });
    },
  };
}

/** The embedded emulator: the provider's own calls, answered in-process (Range passes through). */
export function inProcessKeepSource(provider: {
  openContent(taskId: string, range: string | null, signal?: AbortSignal): Promise<Response>;
  openLastFrame(taskId: string, signal?: AbortSignal): Promise<Response>;
}): KeepSource {
  return {
    open: (taskId, file, from, signal) =>
      file === "video"
        ? provider.openContent(taskId, rangeFrom(from), signal)
        : provider.openLastFrame(taskId, signal),
  };
}
