"use client";

import type { ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import {
  VIDEO_MODES,
  VIDEO_MODE_LABELS,
  type ModelCapabilities,
  type VideoMode,
} from "@/lib/video/capabilities";

const isVideoMode = (value: string): value is VideoMode => (VIDEO_MODES as readonly string[]).includes(value);

/**
 * The seven video modes as tabs; modes the model lacks are disabled and the reason is written out.
 * The current mode stays selected even when a model switch disables it, so nothing is lost.
 */
export function ModePicker({
  caps,
  value,
  onChange,
  children,
}: {
  caps: ModelCapabilities;
  value: VideoMode;
  onChange: (mode: VideoMode) => void;
  /** The media blocks of the current mode. */
  children: ReactNode;
}) {
  const unavailable = VIDEO_MODES.filter((mode) => !caps.modes.includes(mode));
  const reason = `Not available with ${caps.id}`;
  return (
    <Tabs
      value={value}
      onValueChange={(next) => (isVideoMode(next) ? onChange(next) : undefined)}
      className="space-y-3"
    >
      <div className="space-y-1.5">
        <span id="mode-label" className="text-sm font-medium">
          Video mode
        </span>
        <TabsList aria-labelledby="mode-label" className="flex w-full">
          {VIDEO_MODES.map((mode) => {
            const disabled = !caps.modes.includes(mode) && mode !== value;
            return (
              <TabsTrigger
                key={mode}
                value={mode}
                disabled={disabled}
                title={disabled ? `${reason}: ${VIDEO_MODE_LABELS[mode]}` : undefined}
              >
                {VIDEO_MODE_LABELS[mode]}
              </TabsTrigger>
            );
          })}
        </TabsList>
        {unavailable.length > 0 ? (
          <p className="text-muted text-xs">
            {reason}: {unavailable.map((mode) => VIDEO_MODE_LABELS[mode]).join(", ")}. Switch to seedance-2.0
            or seedance-2.0-fast for them.
          </p>
        ) : null}
      </div>
      {VIDEO_MODES.map((mode) => (
        <TabsContent key={mode} value={mode} className="space-y-3 outline-none">
          {mode === value ? children : null}
        </TabsContent>
      ))}
    </Tabs>
  );
}
