"use client";

import { useMemo, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { VideoRequestBody } from "@/lib/playground/build-request";
import { toCurl, toJson } from "@/lib/playground/curl";

function CodeBlock({ label, text, copyText }: { label: string; text: string; copyText: string }) {
  return (
    <div className="relative">
      <pre
        aria-label={label}
        tabIndex={0}
        className="border-border bg-surface-2 max-h-96 overflow-auto rounded-lg border p-3 pr-12 font-mono text-xs leading-relaxed"
      >
        <code>{text}</code>
      </pre>
      <CopyButton
        value={copyText}
        label={`Copy ${label}`}
        className="bg-surface border-border absolute top-2 right-2 border"
      />
    </div>
  );
}

/** "View request": exactly the body Generate posts, as JSON and as a curl command for Token360. */
export function RequestPreview({ body, id }: { body: VideoRequestBody; id: string }) {
  const [format, setFormat] = useState("json");
  // Files travel by URL, so the body is short enough to show in full.
  const texts = useMemo(() => {
    const json = toJson(body);
    return { json, curl: toCurl(body, json) };
  }, [body]);
  return (
    <div id={id} className="space-y-2">
      <Tabs value={format} onValueChange={setFormat} className="space-y-2">
        <TabsList aria-label="Request format">
          <TabsTrigger value="json">JSON</TabsTrigger>
          <TabsTrigger value="curl">cURL</TabsTrigger>
        </TabsList>
        <TabsContent value="json">
          <CodeBlock label="request JSON" text={texts.json} copyText={texts.json} />
        </TabsContent>
        <TabsContent value="curl">
          <CodeBlock label="curl command" text={texts.curl} copyText={texts.curl} />
        </TabsContent>
      </Tabs>
      <p className="text-muted text-xs">
        This is the exact body Generate sends to <code className="font-mono">POST /v1/videos</code>. The API
        key stays on the server: set <code className="font-mono">TOKEN360_API_KEY</code> in your shell to run
        the curl yourself.
      </p>
    </div>
  );
}
