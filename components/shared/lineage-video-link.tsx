import { Film } from "lucide-react";
import type { MouseEvent } from "react";
import { VIDEO_STATUS_LOOKS } from "@/components/shared/status-looks";
import { StatusBadge } from "@/components/ui/status-badge";
import type { LineageVideo } from "@/lib/schemas/lineage";
import { cn } from "@/lib/ui/cn";
import { formatDateTime } from "@/lib/ui/format";

/** A frame-sized thumbnail of a video's last frame, or a film icon until it has one. */
export function VideoFrameThumbnail({ src, className }: { src: string | null; className?: string }) {
  return (
    <span
      className={cn(
        "bg-surface-2 text-muted grid h-14 w-24 shrink-0 place-items-center overflow-hidden rounded",
        className,
      )}
    >
      {src ? (
        // A same-origin PNG served by the app; next/image adds nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={src} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
      ) : (
        <Film className="size-5" aria-hidden />
      )}
    </span>
  );
}

/**
 * A video in a lineage list (an asset's videos, a video's earlier videos): its last frame, its
 * prompt and time, linking to it in the Playground. `onOpen` opens it in place when the list is
 * already on the Playground.
 */
export function LineageVideoLink({
  video,
  onOpen,
}: {
  video: LineageVideo;
  onOpen?: (videoId: string) => void;
}) {
  const label = video.prompt || video.id;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onOpen || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onOpen(video.id);
  };
  return (
    <a
      href={video.playgroundUrl}
      onClick={open}
      aria-label={`Open video: ${label}`}
      className="hover:bg-surface-2 flex min-w-0 items-start gap-3 rounded-md p-1 text-left"
    >
      <VideoFrameThumbnail src={video.thumbnailUrl} />
      <span className="min-w-0 flex-1 space-y-1">
        <span className="line-clamp-2 text-sm break-words">{label}</span>
        <span className="text-muted flex flex-wrap items-center gap-2 text-xs">
          {formatDateTime(video.createdAt)}
          {video.status !== "completed" ? <StatusBadge {...VIDEO_STATUS_LOOKS[video.status]} /> : null}
        </span>
      </span>
    </a>
  );
}
