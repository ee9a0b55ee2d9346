"use client";

import { FolderOpen, Clapperboard } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** The seed's way into Assets: "Click your avatar in the top-right corner and select Assets". */
export function AvatarMenu() {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="Account menu"
        className="bg-accent text-accent-fg grid size-8 place-items-center rounded-full text-sm font-semibold"
      >
        PS
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Workspace</DropdownMenuLabel>
        <DropdownMenuItem asChild>
          <Link href="/assets">
            <FolderOpen aria-hidden /> Assets
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/playground">
            <Clapperboard aria-hidden /> Playground
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>API key stays on the server</DropdownMenuLabel>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
