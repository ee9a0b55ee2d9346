import { Sparkles } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { AvatarMenu } from "./avatar-menu";
import { MainNav } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";

interface SiteHeaderProps {
  mode: "emulator" | "token360";
}

export function SiteHeader({ mode }: SiteHeaderProps) {
  return (
    <header className="border-border bg-surface/90 sticky top-0 z-30 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <Link href="/playground" className="flex items-center gap-2 font-semibold">
          <Sparkles className="text-accent size-5" aria-hidden />
          Portrait Studio
        </Link>
        <MainNav />
        <div className="ml-auto flex items-center gap-2">
          <Badge
            tone={mode === "emulator" ? "warning" : "success"}
            title={
              mode === "emulator"
                ? "No TOKEN360_API_KEY is set: requests go to the embedded emulator"
                : "Requests go to the Token360 API"
            }
          >
            <span className="sr-only">Upstream: </span>
            {mode === "emulator" ? "Emulator" : "Token360"}
          </Badge>
          <ThemeToggle />
          <AvatarMenu />
        </div>
      </div>
    </header>
  );
}
