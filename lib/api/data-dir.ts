import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

// Where the BFF keeps its own small state under DATA_DIR (the emulator has its own folders).
export const dataPath = (...parts: string[]) => path.resolve(env.DATA_DIR, ...parts);

export const THUMBNAILS_DIR = () => dataPath("thumbnails");
export const UPLOAD_TMP_DIR = () => dataPath("bff", "tmp");
/** Where earlier versions kept each task's request as JSON; read once per task into the index. */
export const LEGACY_VIDEO_REQUESTS_DIR = () => dataPath("bff", "video-requests");
