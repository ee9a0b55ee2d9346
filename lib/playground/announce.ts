import type { VideoTask } from "@/lib/schemas/video";

/** What the result's live region says at each status change (not at every percent: too chatty). */
export function taskAnnouncement(
  task: Pick<VideoTask, "status" | "durationSeconds" | "parameters" | "error">,
): string {
  switch (task.status) {
    case "queued":
      return "Video queued.";
    case "in_progress":
      return "Generating the video.";
    case "completed": {
      const seconds = task.durationSeconds ?? task.parameters.duration;
      const details = [seconds !== null ? `${seconds} seconds` : null, task.parameters.resolution].filter(
        Boolean,
      );
      return `Video ready${details.length > 0 ? `: ${details.join(", ")}` : ""}.`;
    }
    case "failed":
      return `Video generation failed: ${task.error?.message ?? "no reason given"}.`;
  }
}
