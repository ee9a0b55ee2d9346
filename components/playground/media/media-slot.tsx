"use client";

import { useQueryClient } from "@tanstack/react-query";
import { History, LibraryBig } from "lucide-react";
import { useState, type Dispatch } from "react";
import { useDropzone } from "react-dropzone";
import { useProviderInfo } from "@/components/shell/provider-context";
import { Button } from "@/components/ui/button";
import { libraryInputs } from "@/lib/playground/asset-input";
import type { FormAction } from "@/lib/playground/form-reducer";
import { inputKey, type MediaInput } from "@/lib/playground/form-state";
import { limitsHint } from "@/lib/playground/media-limits";
import type { SlotSpec } from "@/lib/playground/mode-slots";
import { isGenericUpload, isPortraitInput, type FormProblem } from "@/lib/playground/rules";
import { cn } from "@/lib/ui/cn";
import type { ModelCapabilities } from "@/lib/video/capabilities";
import { lazyPart } from "../lazy-part";
import { firstLibraryKind, libraryPageQuery } from "../library-picker/first-page";
import { LocalFileButton } from "./local-file-button";
import { MediaLinkButton, MediaLinkForm } from "./media-link-form";
import { MediaInputCard } from "./media-input-card";
import { useLocalFiles } from "./use-local-files";

// The two pickers, each with its dialog, load when first pointed at or opened, not with the page.
const LibraryPicker = lazyPart(() =>
  import("../library-picker/library-picker-dialog").then((m) => m.LibraryPickerModal),
);
const HistoryPicker = lazyPart(() =>
  import("../history/history-picker-dialog").then((m) => m.HistoryPickerModal),
);

interface MediaSlotProps {
  spec: SlotSpec;
  inputs: MediaInput[];
  limit: number;
  caps: ModelCapabilities;
  problems: FormProblem[];
  dispatch: Dispatch<FormAction>;
}

/** A media block: header with source buttons (upload, "From assets", earlier results), then its inputs. */
export function MediaSlot({ spec, inputs, limit, caps, problems, dispatch }: MediaSlotProps) {
  const [picker, setPicker] = useState<"library" | "history" | null>(null);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [linkOpen, setLinkOpen] = useState(false);
  const queryClient = useQueryClient();
  const { assetLibraryNote } = useProviderInfo();
  const headingId = `slot-${spec.id}`;
  // Single blocks replace their input; multi blocks add until the model's limit.
  const room = spec.multiple ? Math.max(0, limit - inputs.length) : 1;
  const put = (added: MediaInput[]) => {
    dispatch(
      spec.multiple
        ? { type: "addInputs", slot: spec.id, inputs: added }
        : { type: "setInputs", slot: spec.id, inputs: added.slice(0, 1) },
    );
    setPicker(null);
  };
  const assetsUnavailable = caps.portraitAssets
    ? null
    : `From assets needs seedance-2.0 or seedance-2.0-fast (${caps.id} can't use library assets).`;
  // The pointer resting on "From assets" (or focus) fetches the picker's code and its first page
  // of cards, so the click opens on cards that are already in. A provider without a library has
  // nothing to list.
  const prepareLibrary = () => {
    LibraryPicker.preload();
    if (assetLibraryNote) return;
    const kind = firstLibraryKind(spec.mediaType);
    void queryClient.prefetchQuery(libraryPageQuery({ kind, mediaType: spec.mediaType }));
  };
  const conflicted = (input: MediaInput) =>
    isGenericUpload(input) || (!caps.portraitAssets && isPortraitInput(input));
  const messages = [...problems.map((problem) => problem.message), ...fileProblems];
  // Dropped or pasted files meet the same checks as picked ones; every file goes to the check
  // (none is filtered out silently), which refuses in words what the block cannot take.
  const dropped = useLocalFiles({
    mediaType: spec.mediaType,
    room,
    onFiles: put,
    onProblems: setFileProblems,
  });
  const { getRootProps, isDragActive } = useDropzone({
    noClick: true,
    noKeyboard: true,
    multiple: true,
    disabled: room === 0,
    onDrop: (accepted, rejections) =>
      void dropped.handle([...accepted, ...rejections.map(({ file }) => file)]),
  });

  return (
    <section
      {...getRootProps({ "aria-labelledby": headingId, "aria-busy": dropped.reading || undefined })}
      // Clicking the block focuses it, so a pasted image lands here; no extra tab stop.
      tabIndex={-1}
      className={cn(
        "border-border bg-surface-2/40 rounded-lg border p-3 outline-none",
        "focus-within:border-accent/60 focus-visible:ring-accent focus-visible:ring-2",
        isDragActive && "border-accent bg-accent/5 border-dashed",
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-40 flex-1">
          <h3 id={headingId} className="text-sm font-semibold">
            {spec.label}
            {spec.multiple ? (
              <span className="text-muted ml-2 text-xs font-normal">
                {inputs.length} / {limit}
              </span>
            ) : null}
          </h3>
          <p className="text-muted text-xs">{limitsHint(spec.mediaType)}</p>
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <LocalFileButton
            mediaType={spec.mediaType}
            multiple={spec.multiple}
            room={room}
            disabled={room === 0}
            onFiles={put}
            onProblems={setFileProblems}
          />
          <MediaLinkButton
            mediaType={spec.mediaType}
            disabled={room === 0}
            open={linkOpen && room > 0}
            onOpenChange={setLinkOpen}
          />
          {spec.fromAssets ? (
            <Button
              variant="secondary"
              size="sm"
              title={assetsUnavailable ?? "Choose from your library"}
              disabled={assetsUnavailable !== null || room === 0}
              onPointerEnter={prepareLibrary}
              onFocus={prepareLibrary}
              // Opens once its code is in (already, when the pointer rested on it), so the dialog
              // appears whole instead of after a fallback, which React would hold back a moment.
              onClick={() => void LibraryPicker.ready().then(() => setPicker("library"))}
            >
              <LibraryBig aria-hidden />
              From assets
            </Button>
          ) : null}
          {spec.fromHistory ? (
            <Button
              variant="secondary"
              size="sm"
              title="Use one of your earlier results"
              disabled={room === 0}
              onPointerEnter={HistoryPicker.preload}
              onFocus={HistoryPicker.preload}
              onClick={() => void HistoryPicker.ready().then(() => setPicker("history"))}
            >
              <History aria-hidden />
              From your videos
            </Button>
          ) : null}
        </div>
      </div>
      {linkOpen && room > 0 ? (
        <MediaLinkForm
          mediaType={spec.mediaType}
          onAdd={(input) => {
            put([input]);
            setFileProblems([]);
            setLinkOpen(false);
          }}
          onCancel={() => setLinkOpen(false)}
        />
      ) : null}
      {inputs.length > 0 ? (
        <ul
          className={spec.multiple ? "mt-3 grid gap-2 sm:grid-cols-2" : "mt-3"}
          aria-label={`${spec.label} inputs`}
        >
          {inputs.map((input) => (
            <MediaInputCard
              key={inputKey(input)}
              input={input}
              conflict={conflicted(input)}
              onRemove={() => dispatch({ type: "removeInput", slot: spec.id, key: inputKey(input) })}
            />
          ))}
        </ul>
      ) : (
        <p className="border-border text-muted mt-3 rounded-md border border-dashed px-3 py-4 text-center text-xs">
          {isDragActive
            ? `Drop the ${spec.mediaType} here`
            : dropped.reading
              ? "Checking the file…"
              : spec.fromAssets
                ? `No ${spec.mediaType} yet. Upload, drop or paste one, or choose From assets.`
                : spec.fromHistory
                  ? `No ${spec.mediaType} yet. Upload, drop or paste one, or pick one of your videos.`
                  : `No ${spec.mediaType} yet. Upload, drop or paste a file.`}
        </p>
      )}
      {spec.fromAssets && assetsUnavailable ? (
        <p className="text-muted mt-2 text-xs">{assetsUnavailable}</p>
      ) : null}
      {messages.map((message) => (
        <p key={message} role="alert" className="text-danger mt-2 text-xs">
          {message}
        </p>
      ))}
      {picker === "library" ? (
        <LibraryPicker
          onClose={() => setPicker(null)}
          slotLabel={spec.label}
          mediaType={spec.mediaType}
          multiple={spec.multiple}
          room={room}
          chosenIds={
            spec.multiple ? inputs.flatMap((input) => (input.source === "asset" ? [input.assetId] : [])) : []
          }
          onPick={(assets) =>
            void libraryInputs(assets).then(put, (error: unknown) =>
              setFileProblems([error instanceof Error ? error.message : "That file can't be used."]),
            )
          }
        />
      ) : picker === "history" ? (
        <HistoryPicker onClose={() => setPicker(null)} onPick={(input) => put([input])} />
      ) : null}
    </section>
  );
}
