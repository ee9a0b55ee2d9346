import type { Metadata } from "next";

export const metadata: Metadata = { title: "Assets" };

export default function AssetsPage() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Assets</h1>
      <p className="text-muted">Asset groups and uploaded assets.</p>
    </div>
  );
}
