import { readFile } from "node:fs/promises";
import path from "node:path";

// The browser's API as docs/BFF.md lists it, read from the document itself so every route the
// doc promises is fuzzed, including routes added after this file was written.

export interface DocumentedRoute {
  /** e.g. `/api/assets/[assetId]/preview` */
  template: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** `groupId`, `assetId`, `videoId`, ... in path order. */
  params: string[];
}

const ROW = /^\|\s*`(\/api\/[^`]+)`\s*\|\s*(GET|POST|PATCH|DELETE)\s*\|/;

export async function documentedRoutes(): Promise<DocumentedRoute[]> {
  const doc = await readFile(path.resolve("docs/BFF.md"), "utf8");
  const routes: DocumentedRoute[] = [];
  for (const line of doc.split("\n")) {
    const match = ROW.exec(line);
    if (!match) continue;
    const template = match[1]!;
    const params = [...template.matchAll(/\[(\w+)\]/g)].map((param) => param[1]!);
    routes.push({ template, method: match[2] as DocumentedRoute["method"], params });
  }
  return routes;
}
