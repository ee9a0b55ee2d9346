import { Skeleton } from "@/components/ui/skeleton";

/** Shown while the page's client part starts (it reads the URL, so it renders in the browser). */
export function AssetsPageSkeleton() {
  return (
    <div className="space-y-10" aria-busy>
      {[3, 6].map((rows, index) => (
        <div key={index} className="space-y-4">
          <div className="flex items-end justify-between">
            <div className="space-y-2">
              <Skeleton className="h-6 w-32" />
              <Skeleton className="h-4 w-80" />
            </div>
            <Skeleton className="h-9 w-28" />
          </div>
          <Skeleton style={{ height: `${rows * 3}rem` }} className="w-full" />
        </div>
      ))}
    </div>
  );
}
