import { displayNameFromFile } from "@/lib/assets/display-name";

// The upload queue as a reducer: each chosen file with its own name, progress and outcome.

export type UploadItemStatus = "ready" | "uploading" | "done" | "failed" | "canceled";

export interface UploadItem {
  id: string;
  file: File;
  name: string;
  status: UploadItemStatus;
  /** 0–100 */
  progress: number;
  error: string | null;
}

export type UploadQueueAction =
  | { type: "add"; files: readonly File[] }
  | { type: "rename"; id: string; name: string }
  | { type: "remove"; id: string }
  | { type: "start"; id: string }
  | { type: "progress"; id: string; progress: number }
  | { type: "done"; id: string }
  | { type: "failed"; id: string; error: string }
  | { type: "canceled"; id: string }
  | { type: "clear" };

let nextId = 0;

/** Items not yet uploaded, in the order they were chosen: what "Upload" sends. */
export const isPending = (item: UploadItem) => item.status !== "done" && item.status !== "uploading";

export function uploadQueueReducer(items: UploadItem[], action: UploadQueueAction): UploadItem[] {
  const patch = (id: string, change: Partial<UploadItem>) =>
    items.map((item) => (item.id === id ? { ...item, ...change } : item));
  switch (action.type) {
    case "add":
      return [
        ...items,
        ...action.files.map((file) => ({
          id: `upload-${(nextId += 1)}`,
          file,
          name: displayNameFromFile(file.name),
          status: "ready" as const,
          progress: 0,
          error: null,
        })),
      ];
    case "rename":
      return patch(action.id, { name: action.name });
    case "remove":
      return items.filter((item) => item.id !== action.id);
    case "start":
      return patch(action.id, { status: "uploading", progress: 0, error: null });
    case "progress":
      return patch(action.id, { progress: action.progress });
    case "done":
      return patch(action.id, { status: "done", progress: 100 });
    case "failed":
      return patch(action.id, { status: "failed", error: action.error });
    case "canceled":
      return patch(action.id, { status: "canceled", progress: 0, error: null });
    case "clear":
      return [];
  }
}
