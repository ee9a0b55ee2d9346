"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/ui/cn";

const LINKS = [
  { href: "/playground", label: "Playground" },
  { href: "/assets", label: "Assets" },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5 sm:gap-1">
      {LINKS.map((link) => {
        const active = pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "text-muted hover:bg-surface-2 hover:text-fg rounded-md px-2 py-1.5 text-sm font-medium sm:px-3",
              active && "bg-surface-2 text-fg",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
