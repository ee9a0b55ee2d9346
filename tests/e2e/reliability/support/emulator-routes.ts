import type { DocumentedRoute } from "./bff-routes";

// The surfaces outside docs/BFF.md that the server also answers over HTTP: the embedded
// emulator's API (a bearer key of its own), its file links and verification page, and the admin
// routes (without their token, as an attacker would call them).

const route = (method: DocumentedRoute["method"], template: string): DocumentedRoute => ({
  template,
  method,
  params: [...template.matchAll(/\[(\w+)\]/g)].map((param) => param[1]!),
});

export const EMULATOR_ROUTES: DocumentedRoute[] = [
  route("GET", "/emulator/v1/models"),
  route("GET", "/emulator/v1/asset-groups"),
  route("POST", "/emulator/v1/asset-groups"),
  route("GET", "/emulator/v1/asset-groups/[groupId]"),
  route("PATCH", "/emulator/v1/asset-groups/[groupId]"),
  route("DELETE", "/emulator/v1/asset-groups/[groupId]"),
  route("GET", "/emulator/v1/assets"),
  route("POST", "/emulator/v1/assets"),
  route("GET", "/emulator/v1/assets/[assetId]"),
  route("PATCH", "/emulator/v1/assets/[assetId]"),
  route("DELETE", "/emulator/v1/assets/[assetId]"),
  route("GET", "/emulator/v1/assets/[assetId]/content"),
  route("GET", "/emulator/v1/videos"),
  route("POST", "/emulator/v1/videos"),
  route("GET", "/emulator/v1/videos/[videoId]"),
  route("DELETE", "/emulator/v1/videos/[videoId]"),
  route("GET", "/emulator/v1/videos/[videoId]/content"),
  route("GET", "/emulator/files/[bucket]/[name]"),
  route("GET", "/emulator/verify/[token]"),
  route("POST", "/emulator/verify/[token]"),
  route("GET", "/emulator/_admin/faults"),
  route("POST", "/emulator/_admin/faults"),
  route("POST", "/emulator/_admin/reset"),
];

/** A key of the fuzzer's own tenant, so requests get past authentication to the handlers. */
export const FUZZ_TENANT_KEY = "sk-fuzz-tenant-0123456789";
