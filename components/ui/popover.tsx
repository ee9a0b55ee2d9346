"use client";

import {
  createContext,
  useContext,
  useState,
  type ComponentProps,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import { useOnDemand } from "./lazy-load";
import { Slot } from "./slot";

// A popover's code (Radix popover with Floating UI, focus scope and dismissable layer: about
// 15 KB gzip) is not part of the page: the trigger is a plain button until the popover is first
// opened, the code is fetched on hover or focus of the trigger, and from the first open on the
// Radix popover takes over. The open state belongs to the caller, as with Radix's `open` prop.

type Parts = typeof import("./popover-parts");
const loadParts = () => import("./popover-parts");

type PopoverState =
  { loaded: false; open: boolean; toggle: () => void; prefetch: () => void } | { loaded: true; parts: Parts };

const PopoverContext = createContext<PopoverState | null>(null);

function usePopover(part: string): PopoverState {
  const popover = useContext(PopoverContext);
  if (!popover) throw new Error(`${part} must be used inside <Popover>`);
  return popover;
}

interface PopoverProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

export function Popover({ open, onOpenChange, children }: PopoverProps) {
  const { loaded, prefetch } = useOnDemand(loadParts);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  if (loaded && opened) {
    return (
      <PopoverContext.Provider value={{ loaded: true, parts: loaded }}>
        <loaded.PopoverRoot open={open} onOpenChange={onOpenChange}>
          {children}
        </loaded.PopoverRoot>
      </PopoverContext.Provider>
    );
  }
  const toggle = () => {
    prefetch();
    onOpenChange(!open);
  };
  return (
    <PopoverContext.Provider value={{ loaded: false, open, toggle, prefetch }}>
      {children}
    </PopoverContext.Provider>
  );
}

export function PopoverTrigger({ asChild, ...props }: ComponentProps<"button"> & { asChild?: boolean }) {
  const popover = usePopover("PopoverTrigger");
  if (popover.loaded) return <popover.parts.PopoverTrigger asChild={asChild} {...props} />;
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : "button"}
      aria-haspopup="dialog"
      aria-expanded={popover.open}
      data-state={popover.open ? "open" : "closed"}
      {...props}
      // The caller's own handlers run too; the code is fetched as the pointer or focus arrives.
      onPointerEnter={(event: PointerEvent<HTMLButtonElement>) => {
        props.onPointerEnter?.(event);
        popover.prefetch();
      }}
      onFocus={(event: FocusEvent<HTMLButtonElement>) => {
        props.onFocus?.(event);
        popover.prefetch();
      }}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        props.onClick?.(event);
        if (!event.defaultPrevented) popover.toggle();
      }}
    />
  );
}

export function PopoverContent(props: ComponentProps<Parts["PopoverContent"]>) {
  const popover = usePopover("PopoverContent");
  return popover.loaded ? <popover.parts.PopoverContent {...props} /> : null;
}
