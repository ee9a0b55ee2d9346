"use client";

import {
  createContext,
  useContext,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { useOnDemand } from "./lazy-load";
import { Slot } from "./slot";

// A menu's code (Radix menu, its popper, focus scope and scroll lock: about 20 KB gzip) is not
// part of the page: the trigger is a plain button until the menu is first opened, its code is
// fetched on hover or focus of the trigger, and from the first open on the Radix menu takes over.
// The API is Radix's own, so a call site reads the same as with the Radix parts.

type Parts = typeof import("./dropdown-menu-parts");
const loadParts = () => import("./dropdown-menu-parts");

type MenuState =
  | { loaded: false; open: (withKeyboard: boolean) => void; prefetch: () => void }
  | { loaded: true; parts: Parts; openedWithKeyboardRef: RefObject<boolean> };

const MenuContext = createContext<MenuState | null>(null);

function useMenu(part: string): MenuState {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error(`${part} must be used inside <DropdownMenu>`);
  return menu;
}

export function DropdownMenu({ children }: { children: ReactNode }) {
  const { loaded, prefetch } = useOnDemand(loadParts);
  const [opened, setOpened] = useState(false);
  // The first open came from the keyboard: the first item gets focus, as Radix does for keys.
  const openedWithKeyboardRef = useRef(false);
  if (loaded && opened) {
    return (
      <MenuContext.Provider value={{ loaded: true, parts: loaded, openedWithKeyboardRef }}>
        <loaded.DropdownMenuRoot defaultOpen>{children}</loaded.DropdownMenuRoot>
      </MenuContext.Provider>
    );
  }
  const open = (withKeyboard: boolean) => {
    openedWithKeyboardRef.current = withKeyboard;
    setOpened(true);
    prefetch();
  };
  return <MenuContext.Provider value={{ loaded: false, open, prefetch }}>{children}</MenuContext.Provider>;
}

const OPEN_KEYS = new Set(["Enter", " ", "ArrowDown"]);

export function DropdownMenuTrigger({ asChild, ...props }: ComponentProps<"button"> & { asChild?: boolean }) {
  const menu = useMenu("DropdownMenuTrigger");
  if (menu.loaded) return <menu.parts.DropdownMenuTrigger asChild={asChild} {...props} />;
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : "button"}
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      {...props}
      // The caller's own handlers run too; the code is fetched as the pointer or focus arrives.
      onPointerEnter={(event: PointerEvent<HTMLButtonElement>) => {
        props.onPointerEnter?.(event);
        menu.prefetch();
      }}
      onFocus={(event: FocusEvent<HTMLButtonElement>) => {
        props.onFocus?.(event);
        menu.prefetch();
      }}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        props.onClick?.(event);
        // A click from Enter or Space has no pointer position (detail 0).
        if (!event.defaultPrevented) menu.open(event.detail === 0);
      }}
      onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
        props.onKeyDown?.(event);
        if (event.defaultPrevented || !OPEN_KEYS.has(event.key)) return;
        event.preventDefault();
        menu.open(true);
      }}
    />
  );
}

export function DropdownMenuContent(props: ComponentProps<Parts["DropdownMenuContent"]>) {
  const menu = useMenu("DropdownMenuContent");
  if (!menu.loaded) return null;
  const { openedWithKeyboardRef } = menu;
  return (
    <menu.parts.DropdownMenuContent
      {...props}
      // Focus already inside when Radix's focus scope mounts is kept, so this is the first item.
      ref={(node: HTMLDivElement | null) => {
        if (!node || !openedWithKeyboardRef.current) return;
        openedWithKeyboardRef.current = false;
        node
          .querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')
          ?.focus({ preventScroll: true });
      }}
    />
  );
}

export function DropdownMenuItem(props: ComponentProps<Parts["DropdownMenuItem"]>) {
  const menu = useMenu("DropdownMenuItem");
  return menu.loaded ? <menu.parts.DropdownMenuItem {...props} /> : null;
}

export function DropdownMenuLabel(props: ComponentProps<Parts["DropdownMenuLabel"]>) {
  const menu = useMenu("DropdownMenuLabel");
  return menu.loaded ? <menu.parts.DropdownMenuLabel {...props} /> : null;
}

export function DropdownMenuSeparator() {
  const menu = useMenu("DropdownMenuSeparator");
  return menu.loaded ? <menu.parts.DropdownMenuSeparator /> : null;
}
