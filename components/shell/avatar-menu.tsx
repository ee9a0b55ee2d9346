"use client";

import { useQuery } from "@tanstack/react-query";
import { Clapperboard, FolderOpen, LogOut, MonitorX } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { sessionStateQuery, signOut, signOutEverywhere } from "@/lib/queries/session";

/** Ends the session(s), then a full navigation to sign-in so no page keeps data on screen. */
async function leave(end: () => Promise<unknown>) {
  await end().catch(() => undefined);
  window.location.replace("/login");
}

/** The seed's way into Assets: "Click your avatar in the top-right corner and select Assets". */
export function AvatarMenu() {
  const session = useQuery(sessionStateQuery());
  const signedIn = session.data?.required === true && session.data.authenticated;

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
        {signedIn && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => void leave(signOut)}>
              <LogOut aria-hidden /> Sign out
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => void leave(signOutEverywhere)}>
              <MonitorX aria-hidden /> Sign out everywhere
            </DropdownMenuItem>
          </>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuLabel>API key stays on the server</DropdownMenuLabel>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
