import { z } from "zod";
import { arkSettings, arkVariables, checkArkSettings } from "./ark/env-ark";
import { priceFileVariable } from "./pricing/price-file";

// Pure env parsing, free of `server-only` so next.config.ts can validate at start-up.
// Everything else imports the parsed `env` from lib/env.ts.

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const boolFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

/** A flag that is on unless set to false/0. */
const onUnlessFalse = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value !== "false" && value !== "0");

/** TRUST_PROXY: how many reverse proxies stand in front (true = one); 0 = X-Forwarded-* ignored. */
const proxyHops = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "" || value === "false" || value === "0") return 0;
    if (value === "true") return 1;
    const hops = Number(value);
    if (Number.isInteger(hops) && hops >= 1 && hops <= 10) return hops;
    ctx.addIssue({ code: "custom", message: "must be false, true or a number of proxies (1-10)" });
    return z.NEVER;
  });

const HOST_NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** ALLOWED_HOSTS: comma-separated host names (a port, if written, is ignored). */
const hostList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const names = (value ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
    for (const name of names) {
      if (!HOST_NAME.test(name)) {
        ctx.addIssue({ code: "custom", message: `"${name}" is not a host name (e.g. studio.example.com)` });
      }
    }
    return names;
  });

const nonNegativeInt = (fallback: number) =>
  z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").default(fallback);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

    // --- Upstream -----------------------------------------------------------------------
    TOKEN360_API_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^sk-[A-Za-z0-9_-]{8,200}$/, "must look like sk-… (letters, digits, - or _)")
        .optional(),
    ),
    TOKEN360_BASE_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .default("https://api.token360.ai/v1")
      .transform((value) => value.replace(/\/+$/, "")),
    TOKEN360_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    TOKEN360_CONTRACT_TESTS: boolFlag,
    ...arkVariables,

    // --- Access -------------------------------------------------------------------------
    APP_PASSWORD: optionalString.pipe(z.string().min(12, "must be at least 12 characters").optional()),
    APP_URL: optionalString.pipe(
      z
        .url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://studio.example.com" })
        .optional(),
    ),
    ALLOWED_HOSTS: hostList,
    /** Where a provider can fetch files the app serves itself (signed links under /api/media). */
    PUBLIC_URL: optionalString.pipe(
      z
        .url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://studio.example.com" })
        .optional(),
    ),
    TRUST_PROXY: proxyHops,

    // --- Storage ------------------------------------------------------------------------
    DATA_DIR: z.string().trim().min(1).default(".data"),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(50 * 1024 * 1024),
    /** Keep a copy of every finished video and its last frame in DATA_DIR/archive. */
    ARCHIVE: z
      .enum(["on", "off", "true", "false", "1", "0", ""])
      .optional()
      .transform((value) => !["off", "false", "0"].includes(value ?? "")),
    /** The most the kept copies may take, in GB (oldest unstarred removed first); 0 = no cap. */
    ARCHIVE_MAX_GB: z.coerce.number().min(0, "must be 0 or more").default(20),

    // --- Prices -------------------------------------------------------------------------
    /** A JSON file of prices laid over the built-in table (lib/pricing), read and checked now. */
    PRICE_TABLE_FILE: priceFileVariable,

    // --- Embedded emulator (used when TOKEN360_API_KEY is unset) ------------------------
    EMULATOR_HTTP: onUnlessFalse,
    EMULATOR_TIME_SCALE: z.coerce.number().positive("must be greater than 0").max(1000).default(1),
    EMULATOR_ASSET_PROCESSING_MS: nonNegativeInt(3000),
    EMULATOR_VIDEO_QUEUE_MS: nonNegativeInt(1500),
    EMULATOR_RENDER_MIN_MS: nonNegativeInt(4000),
    EMULATOR_RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(1),
    EMULATOR_H5_LINK_TTL_S: z.coerce.number().int().min(5).max(3600).default(120),
    EMULATOR_FAIL_NEXT_UPLOADS: nonNegativeInt(0),
    EMULATOR_FAULT: z.enum(["none", "429", "500", "slow"]).default("none"),
    EMULATOR_ADMIN: boolFlag,
    EMULATOR_ADMIN_TOKEN: optionalString.pipe(
      z.string().min(24, "must be at least 24 characters").optional(),
    ),
    EMULATOR_ALLOW_LOOPBACK_FETCH: boolFlag,
    EMULATOR_TENANT_QUOTA_MB: z.coerce.number().int().min(1, "must be 1 or more").default(10_240),
    EMULATOR_MIN_FREE_DISK_MB: nonNegativeInt(512),
    EMULATOR_MAX_QUEUED_VIDEOS: z.coerce.number().int().min(1).max(10_000).default(100),
  })
  .superRefine((env, ctx) => {
    checkArkSettings(env, ctx);
    // The admin routes can wipe every tenant: never beside a key that spends money.
    const realKey = env.TOKEN360_API_KEY ? "TOKEN360_API_KEY" : env.ARK_API_KEY ? "ARK_API_KEY" : null;
    if (env.EMULATOR_ADMIN && realKey) {
      ctx.addIssue({
        code: "custom",
        path: ["EMULATOR_ADMIN"],
        message: `must not be true while ${realKey} is set (admin routes are for test runs)`,
      });
    }
  })
  .transform((env) => ({
    ...env,
    mode: env.TOKEN360_API_KEY ? ("token360" as const) : ("emulator" as const),
    ark: arkSettings(env),
  }));

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses a raw environment; throws an EnvError that names each bad variable and why. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`),
  );
}
