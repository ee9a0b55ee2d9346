import "server-only";
import { parseEnv } from "./env-schema";

/** The validated environment, parsed once per server process. */
export const env = parseEnv(process.env);
