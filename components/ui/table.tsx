import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="border-border bg-surface w-full overflow-x-auto rounded-lg border">
      <table className={cn("w-full border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-surface-2 text-muted text-left text-xs", className)} {...props} />;
}

export const TableBody = (props: ComponentProps<"tbody">) => <tbody {...props} />;

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-border border-b last:border-b-0", className)} {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("px-3 py-2 font-medium whitespace-nowrap", className)} {...props} />;
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2 align-middle", className)} {...props} />;
}
