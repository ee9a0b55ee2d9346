"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Star } from "lucide-react";
import { Button } from "@/components/ui/button";
import { archiveKeys, setVideoStarred } from "@/lib/queries/archive";
import { videoKeys } from "@/lib/queries/videos";
import type { VideoTask } from "@/lib/schemas/video";
import { cn } from "@/lib/ui/cn";

/** Stars or unstars a video: starred ones are listed under "Starred" and never removed to make room. */
export function StarButton({ task, label }: { task: VideoTask; label: string }) {
  const queryClient = useQueryClient();
  const starred = task.starred === true;
  const star = useMutation({
    mutationFn: (next: boolean) => setVideoStarred(task.id, next),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: videoKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: archiveKeys.usage }),
      ]),
  });
  // While the change travels, the button already shows where it is going.
  const shown = star.isPending ? star.variables : starred;
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-pressed={shown}
      aria-label={`Star: ${label}`}
      title={shown ? "Starred: never removed to make room" : "Star this video"}
      disabled={star.isPending}
      onClick={() => star.mutate(!starred)}
    >
      <Star aria-hidden className={cn(shown && "fill-current text-amber-500")} />
    </Button>
  );
}
