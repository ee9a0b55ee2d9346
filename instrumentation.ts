// Runs once when the server starts (`next start` and the standalone server alike).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironment } = await import("./lib/check-environment");
    checkEnvironment();
  }
}
