import { EnvError, parseEnv } from "./env-schema";

/**
 * Validates the environment when the server starts: a bad value stops start-up with a message
 * naming the variable. The standalone server never evaluates next.config.ts, so this is where
 * `npm start` and the Docker image fail fast.
 */
export function checkEnvironment(): void {
  try {
    parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
