// Runs once when the server starts (`next start` and the standalone server alike).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironment } = await import("./lib/check-environment");
    checkEnvironment();
    // Every request carries its socket's address from here on (client limits need it).
    const { recordPeerAddresses } = await import("./lib/net/peer-address");
    recordPeerAddresses();
    // Streamed media keep the Content-Length their route knows (Next drops it).
    const { restoreStreamLengths } = await import("./lib/net/stream-length");
    restoreStreamLengths();
    // The workspace store (sessions, the task index) is migrated now, so a data dir it cannot
    // use stops the start instead of the first request; routes open it again when they need it.
    const { migrateWorkspaceAtStart } = await import("./lib/startup/migrate-workspace");
    const { parseEnv } = await import("./lib/env-schema");
    migrateWorkspaceAtStart(parseEnv(process.env).DATA_DIR);
    // Copies of finished videos that a restart interrupted continue (lib/archive).
    const { startArchiveSweep } = await import("./lib/archive/boot");
    startArchiveSweep();
    const { exposureWarning, listenHostOf } = await import("./lib/startup/exposure-warning");
    const warning = exposureWarning(
      listenHostOf(process.argv, process.env.HOSTNAME),
      Boolean(process.env.APP_PASSWORD?.trim()),
    );
    if (warning) console.warn(warning);
  }
}
