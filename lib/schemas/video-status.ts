// Plain values, no zod: the browser imports this file, and zod stays on the server.
// video.ts builds its schemas from these and exports them again.

export const VIDEO_STATUSES = ["queued", "in_progress", "completed", "failed"] as const;
export type VideoStatus = (typeof VIDEO_STATUSES)[number];

export const TERMINAL_VIDEO_STATUSES: readonly VideoStatus[] = ["completed", "failed"];
export const isTerminalVideoStatus = (status: VideoStatus) => TERMINAL_VIDEO_STATUSES.includes(status);
