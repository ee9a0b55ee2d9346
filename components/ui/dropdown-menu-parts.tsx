"use client";

import { DropdownMenu as MenuPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

// The Radix menu behind components/ui/dropdown-menu.tsx, loaded when a menu is first wanted.

export const DropdownMenuRoot = MenuPrimitive.Root;
export const DropdownMenuTrigger = MenuPrimitive.Trigger;

export function DropdownMenuContent({ className, ...props }: ComponentProps<typeof MenuPrimitive.Content>) {
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        sideOffset={6}
        align="end"
        className={cn(
          "border-border bg-surface text-fg z-50 min-w-44 rounded-md border p-1 text-sm shadow-lg",
          className,
        )}
        {...props}
      />
    </MenuPrimitive.Portal>
  );
}

export function DropdownMenuItem({ className, ...props }: ComponentProps<typeof MenuPrimitive.Item>) {
  return (
    <MenuPrimitive.Item
      className={cn(
        "data-[highlighted]:bg-surface-2 flex cursor-default items-center gap-2 rounded px-2 py-1.5 outline-none select-none [&_svg]:size-4",
        className,
      )}
      {...props}
    />
  );
}

export const DropdownMenuLabel = ({ className, ...props }: ComponentProps<typeof MenuPrimitive.Label>) => (
  <MenuPrimitive.Label className={cn("text-muted px-2 py-1.5 text-xs", className)} {...props} />
);

export const DropdownMenuSeparator = () => <MenuPrimitive.Separator className="bg-border my-1 h-px" />;
