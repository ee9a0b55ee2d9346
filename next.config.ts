import type { NextConfig } from "next";
import { parseEnv } from "./lib/env-schema";
import { tsconfigFor } from "./scripts/dist-tsconfig";

// Fail fast: a bad environment stops `next build` / `next start` with a message naming the variable.
parseEnv(process.env);

// Security headers on every response (pages, API, emulator). Next's hydration and the theme
// script are inline, hence 'unsafe-inline' for scripts; dev mode also needs eval and HMR sockets.
const isDev = process.env.NODE_ENV === "development";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
