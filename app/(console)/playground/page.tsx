import type { Metadata } from "next";
import { PlaygroundConsole } from "@/components/playground/playground-console";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Playground</h1>
        <p className="text-muted">
          Generate videos with Seedance, using Virtual Portrait assets from your library as frames and
          references.
        </p>
      </div>
      <PlaygroundConsole />
    </div>
  );
}
