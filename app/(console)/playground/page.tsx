import type { Metadata } from "next";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Playground</h1>
      <p className="text-muted">Generate videos with Seedance.</p>
    </div>
  );
}
