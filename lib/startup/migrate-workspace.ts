import { openWorkspace } from "../workspace/open-workspace";

/**
 * Opens the workspace store once at start-up, which applies its pending migrations, and closes
 * it again. A store it cannot open (a newer schema, an unwritable DATA_DIR) ends the start with
 * the reason, as a bad setting does.
 */
export function migrateWorkspaceAtStart(dataDir: string): void {
  try {
    openWorkspace(dataDir).close();
  } catch (error) {
    console.error(`The workspace store could not be opened: ${(error as Error).message}`);
    process.exit(1);
  }
}
