import { Progress } from "@/components/ui/progress";
import type { VideoTask } from "@/lib/schemas/video";

/** Queued / in progress: a progress bar with the percentage the upstream reports. */
export function TaskProgress({ task }: { task: VideoTask }) {
  const percent = task.status === "queued" ? 0 : task.progress;
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between text-sm">
        <span>{task.status === "queued" ? "Waiting for the model to start…" : "Generating your video…"}</span>
        <span className="font-mono tabular-nums">{percent === null ? "" : `${percent}%`}</span>
      </div>
      <Progress value={percent} label="Generation progress" />
      <p className="text-muted text-xs">
        This page follows the task by itself. You can keep editing the form or start another video meanwhile.
      </p>
    </div>
  );
}
