import type { VideoTask } from "@/lib/schemas/video";
import { VIDEO_MODE_LABELS } from "@/lib/video/capabilities";
import { formatDateTime } from "@/lib/ui/format";
import { CopyButton } from "@/components/ui/copy-button";

/** Model, mode, parameters, ID and time of a task, as a compact description list. */
export function TaskDetails({ task }: { task: VideoTask }) {
  const { parameters } = task;
  const rows: [string, React.ReactNode][] = [
    ["Model", task.model],
    ["Mode", task.mode ? VIDEO_MODE_LABELS[task.mode] : "—"],
    ["Duration", `${task.durationSeconds ?? parameters.duration ?? "—"} s`],
    ["Resolution", [parameters.resolution, parameters.aspectRatio].filter(Boolean).join(" · ") || "—"],
    ["Created", formatDateTime(task.createdAt)],
    [
      "Video ID",
      <CopyButton key="id" value={task.id} label={`Copy video ID ${task.id}`} className="font-mono text-xs">
        {task.id}
      </CopyButton>,
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 truncate">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
