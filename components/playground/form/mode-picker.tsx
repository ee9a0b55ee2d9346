"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import {
  VIDEO_MODES,
  VIDEO_MODE_LABELS,
  type ModelCapabilities,
  type VideoMode,
} from "@/lib/video/capabilities";

const tabId = (mode: VideoMode) => `mode-tab-${mode}`;
const panelId = (mode: VideoMode) => `mode-panel-${mode}`;

/** Where the arrow keys, Home and End move from a tab: the next enabled one, wrapping around. */
function nextTab(tabs: HTMLButtonElement[], from: number, key: string): HTMLButtonElement | undefined {
  const enabled = tabs.filter((tab) => !tab.disabled);
  const at = enabled.indexOf(tabs[from]!);
  if (key === "Home") return enabled[0];
  if (key === "End") return enabled.at(-1);
  const step = key === "ArrowRight" ? 1 : key === "ArrowLeft" ? -1 : 0;
  if (step === 0 || enabled.length === 0) return undefined;
  return enabled[(at + step + enabled.length) % enabled.length];
}

/**
 * The seven video modes as tabs; modes the model lacks are disabled and the reason is written out.
 * The current mode stays selected even when a model switch disables it, so nothing is lost.
 * A WAI-ARIA tab list of plain buttons: one tab stop (the selected mode), the arrow keys, Home and
 * End move along the enabled modes and select the one they reach, as Enter, Space and a click do.
 */
export function ModePicker({
  caps,
  value,
  onChange,
  onPrepare,
  children,
}: {
  caps: ModelCapabilities;
  value: VideoMode;
  onChange: (mode: VideoMode) => void;
  /** The pointer or focus reached the tabs: a mode is about to be chosen. */
  onPrepare?: () => void;
  /** The media blocks of the current mode. */
  children: ReactNode;
}) {
  const tabs = useRef<HTMLButtonElement[]>([]);
  const unavailable = VIDEO_MODES.filter((mode) => !caps.modes.includes(mode));
  const reason = `Not available with ${caps.id}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = nextTab(tabs.current, index, event.key);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div className="space-y-3">
      <div className="space-y-1.5">
        <span id="mode-label" className="text-sm font-medium">
          Video mode
        </span>
        <div
          role="tablist"
          aria-labelledby="mode-label"
          aria-orientation="horizontal"
          className="border-border bg-surface-2 flex w-full flex-wrap gap-1 rounded-lg border p-1"
          onPointerEnter={onPrepare}
          onFocus={onPrepare}
        >
          {VIDEO_MODES.map((mode, index) => {
            const selected = mode === value;
            const disabled = !caps.modes.includes(mode) && !selected;
            return (
              <button
                key={mode}
                ref={(tab) => {
                  if (tab) tabs.current[index] = tab;
                }}
                type="button"
                role="tab"
                id={tabId(mode)}
                aria-selected={selected}
                aria-controls={panelId(mode)}
                data-state={selected ? "active" : "inactive"}
                tabIndex={selected ? 0 : -1}
                disabled={disabled}
                title={disabled ? `${reason}: ${VIDEO_MODE_LABELS[mode]}` : undefined}
                // Focus selects (the arrow keys), as does a click; a mode already selected stays.
                onFocus={() => (selected ? undefined : onChange(mode))}
                onClick={() => (selected ? undefined : onChange(mode))}
                onKeyDown={(event) => onKeyDown(event, index)}
                className={cn(
                  "text-muted hover:text-fg rounded-md px-3 py-1.5 text-sm font-medium transition-colors",
                  "data-[state=active]:bg-surface data-[state=active]:text-fg data-[state=active]:shadow-sm",
                  "disabled:pointer-events-none disabled:opacity-50",
                )}
              >
                {VIDEO_MODE_LABELS[mode]}
              </button>
            );
          })}
        </div>
        {unavailable.length > 0 ? (
          <p className="text-muted text-xs">
            {reason}: {unavailable.map((mode) => VIDEO_MODE_LABELS[mode]).join(", ")}. Switch to seedance-2.0
            or seedance-2.0-fast for them.
          </p>
        ) : null}
      </div>
      {VIDEO_MODES.map((mode) => (
        <div
          key={mode}
          role="tabpanel"
          id={panelId(mode)}
          aria-labelledby={tabId(mode)}
          hidden={mode !== value}
          tabIndex={0}
          className="space-y-3 outline-none"
        >
          {mode === value ? children : null}
        </div>
      ))}
    </div>
  );
}
