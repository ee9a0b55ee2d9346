import "server-only";
import { env } from "@/lib/env";
import { randomSecret, readOrCreateSecret } from "./secret-file";

// The server's own secrets, each made on first start and kept in DATA_DIR/secrets (mode 0600),
// then held in memory for the life of the process.

const memo = new Map<string, string>();

function secret(name: string, create: () => string): string {
  const key = `${env.DATA_DIR}\n${name}`;
  let value = memo.get(key);
  if (value === undefined) {
    value = readOrCreateSecret(env.DATA_DIR, name, create);
    memo.set(key, value);
  }
  return value;
}

/** Keys the hashes of session ids and passwords in the sessions table. */
export const sessionSecret = () => secret("session-key", () => randomSecret(32));

/**
 * The key the app uses with its embedded emulator. Generated, never a public default, and
 * refused on the emulator's HTTP surface: only the in-process path can use it.
 */
export const internalEmulatorKey = () => secret("emulator-app-key", () => `sk-app-${randomSecret(32)}`);

/** What every /emulator/_admin request must carry: EMULATOR_ADMIN_TOKEN, or one made here. */
export const emulatorAdminToken = () =>
  env.EMULATOR_ADMIN_TOKEN ?? secret("emulator-admin-token", () => randomSecret(32));
