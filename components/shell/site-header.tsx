import { Sparkles } from "lucide-react";
import Link from "next/link";
import { AvatarMenu } from "./avatar-menu";
import { MainNav } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";
import { UpstreamBadge } from "./upstream-badge";

interface SiteHeaderProps {
  mode: "emulator" | "token360" | "ark";
  /** The provider's name, e.g. "LaoZhang API". */
  label: string;
}

export function SiteHeader({ mode, label }: SiteHeaderProps) {
  return (
    <header className="border-border bg-surface/90 sticky top-0 z-30 border-b backdrop-blur">
      {/* Compact below sm: the name folds into the logo, so a 390 px phone needs no sideways scroll. */}
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-3 sm:gap-4 sm:px-4">
        <Link href="/playground" className="flex shrink-0 items-center gap-2 font-semibold">
          <Sparkles className="text-accent size-5" aria-hidden />
          <span className="max-sm:sr-only">Portrait Studio</span>
        </Link>
        <MainNav />
        <div className="ml-auto flex shrink-0 items-center gap-1.5 sm:gap-2">
          <UpstreamBadge mode={mode} label={label} />
          <ThemeToggle />
          <AvatarMenu />
        </div>
      </div>
    </header>
  );
}
