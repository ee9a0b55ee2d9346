import type { NextConfig } from "next";
import { parseEnv } from "./lib/env-schema";

// Fail fast: a bad environment stops `next build` / `next start` with a message naming the variable.
parseEnv(process.env);

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds coexist in one checkout (e.g. parallel test runs); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run typecheck` runs tsc as its own step of `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native or binary-shipping packages run from node_modules, never bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "sharp",
    "@ffmpeg-installer/ffmpeg",
    "@ffprobe-installer/ffprobe",
    "busboy",
  ],
};

export default nextConfig;
