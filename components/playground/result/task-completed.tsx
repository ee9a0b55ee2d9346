import { Download } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import type { Asset } from "@/lib/schemas/asset";
import { videoContentUrl } from "@/lib/schemas/app-urls";
import type { VideoTask } from "@/lib/schemas/video";
import { SaveFrameButton } from "./save-frame-button";

/** The finished video, playable and seekable inline (the content route answers Range), plus downloads. */
export function TaskCompleted({
  task,
  onUseAsFirstFrame,
}: {
  task: VideoTask;
  /** After "Save frame as asset": the new asset as the next shot's first frame. */
  onUseAsFirstFrame?: (asset: Asset) => void;
}) {
  const player = useRef<HTMLVideoElement>(null);
  return (
    <div className="space-y-3">
      <video
        ref={player}
        key={task.id}
        controls
        playsInline
        preload="metadata"
        src={task.contentUrl ?? videoContentUrl(task.id)}
        aria-label={`Generated video: ${task.prompt}`}
        className="aspect-video w-full rounded-lg bg-black"
      />
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="secondary" size="sm">
          <a href={videoContentUrl(task.id, true)} download>
            <Download aria-hidden /> Download
          </a>
        </Button>
        <SaveFrameButton task={task} player={player} onUseAsFirstFrame={onUseAsFirstFrame} />
      </div>
      {task.lastFrameUrl ? (
        <figure className="space-y-1">
          {/* The last-frame route serves a same-origin PNG; next/image adds nothing. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={task.lastFrameUrl}
            alt="Last frame of the generated video"
            className="border-border w-40 rounded-md border"
          />
          <figcaption className="text-muted text-xs">Last frame</figcaption>
        </figure>
      ) : null}
    </div>
  );
}
