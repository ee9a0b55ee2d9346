import { ASPECT_RATIOS, RESOLUTIONS, type AspectRatio, type Resolution } from "@/lib/video/capabilities";

export type FixedAspectRatio = Exclude<AspectRatio, "adaptive">;
const FIXED_RATIOS = ASPECT_RATIOS.filter((r): r is FixedAspectRatio => r !== "adaptive");

/** The fixed ratio closest to width/height (on a log scale, so 2:1 and 1:2 are equally far from 1:1). */
export function nearestAspectRatio(width: number, height: number): FixedAspectRatio {
  const target = Math.log(width / height);
  const distance = (ratio: string) => {
    const [w, h] = ratio.split(":").map(Number) as [number, number];
    return Math.abs(Math.log(w / h) - target);
  };
  return FIXED_RATIOS.reduce((best, ratio) => (distance(ratio) < distance(best) ? ratio : best));
}

/** The resolution whose short side is closest to `shortSide` (OpenAI `size` strings map onto it). */
export function nearestResolution(shortSide: number): Resolution {
  return RESOLUTIONS.reduce((best, r) =>
    Math.abs(Number.parseInt(r, 10) - shortSide) < Math.abs(Number.parseInt(best, 10) - shortSide) ? r : best,
  );
}
