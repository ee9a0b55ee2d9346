import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY } from "./lib/api/content-security-policy";
import { parseEnv } from "./lib/env-schema";
import { tsconfigFor } from "./scripts/dist-tsconfig";

// Fail fast: a bad environment stops `next build` / `next start` with a message naming the variable.
parseEnv(process.env);

// Security headers on every response. The Content-Security-Policy of pages carries a nonce per
// request and is set by proxy.ts; API answers get a policy under which nothing runs; the
// emulator's route sets its own (its one HTML page allows its inline blocks by hash).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server in <distDir>/standalone (what the Dockerfile ships): Next traces the
  // files each route needs, native modules and the ffmpeg/ffprobe binaries included, and the
  // thumbnail script that runs as a child process (lib/media/thumbnail/render-thumbnail.ts).
  output: "standalone",
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/@ffmpeg-installer/*/**",
      "./node_modules/@ffprobe-installer/*/**",
      "./lib/media/thumbnail/thumbnail-child.mjs",
    ],
  },
  // Lets several builds coexist in one checkout (e.g. parallel test runs); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run typecheck` runs tsc as its own step of `npm test`; the build need not repeat it.
  // Another dist dir builds against its own copy of tsconfig.json, which Next may rewrite.
  typescript: {
    ignoreBuildErrors: true,
    tsconfigPath: tsconfigFor(process.env.NEXT_DIST_DIR || ".next"),
  },
  // Native or binary-shipping packages run from node_modules, never bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "sharp",
    "@ffmpeg-installer/ffmpeg",
    "@ffprobe-installer/ffprobe",
    "busboy",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default nextConfig;
