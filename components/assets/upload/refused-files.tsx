import { FileWarning } from "lucide-react";
import type { RefusedFile } from "@/lib/assets/dropzone-rejections";

/** Why each refused file was refused, announced as soon as it is known. */
export function RefusedFiles({ refused }: { refused: readonly RefusedFile[] }) {
  return (
    <div role="alert" className="empty:hidden">
      {refused.length > 0 ? (
        <div className="border-danger/40 bg-danger/5 space-y-1.5 rounded-lg border p-3 text-sm">
          <p className="text-danger flex items-center gap-2 font-medium">
            <FileWarning className="size-4 shrink-0" aria-hidden />
            {refused.length === 1 ? "This file was not added" : `${refused.length} files were not added`}
          </p>
          <ul className="text-fg list-disc space-y-1 pl-6">
            {refused.map((file, index) => (
              <li key={`${file.name}-${index}`}>{file.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
