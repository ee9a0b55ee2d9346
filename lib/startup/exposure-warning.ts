// A server that listens on every interface with no password serves the API key and the whole
// library to anyone on the network. That may be intended (a trusted LAN), so it is not refused,
// but it is said loudly at start-up.

const EVERY_INTERFACE = new Set(["", "0.0.0.0", "::", "[::]"]);

/**
 * The interface the server listens on: `-H`/`--hostname` as `next start` and scripts/start.mjs
 * take it; else HOSTNAME, which the standalone server reads (the `next` CLI ignores it).
 */
export function listenHostOf(argv: readonly string[], hostnameEnv: string | undefined): string {
  for (const [index, arg] of argv.entries()) {
    if (arg === "-H" || arg === "--hostname") return argv[index + 1] ?? "";
    if (arg.startsWith("--hostname=")) return arg.slice("--hostname=".length);
  }
  const viaNextCli = /(^|[/\\])next(\.js)?$/.test(argv[1] ?? "");
  return viaNextCli ? "" : (hostnameEnv ?? "");
}

export function exposureWarning(listenHost: string, passwordSet: boolean): string | null {
  if (passwordSet || !EVERY_INTERFACE.has(listenHost.trim())) return null;
  return [
    "WARNING: Portrait Studio is listening on every network interface and APP_PASSWORD is not set.",
    "  Anyone who can reach this port can spend the API key and read, download and delete the library.",
    "  Set APP_PASSWORD (12+ characters), or listen on this machine only: npm start -- -H 127.0.0.1",
  ].join("\n");
}
