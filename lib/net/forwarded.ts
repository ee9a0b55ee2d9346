// What the browser addressed and where the request came from. X-Forwarded-* headers count only
// when the operator declared how many proxies stand in front (TRUST_PROXY); otherwise anyone
// could write them. Each proxy appends to X-Forwarded-For, so with `hops` proxies the client is
// the `hops`-th entry from the right: entries further left were written by the client itself.

/** Set by the server itself on every request (lib/net/peer-address.ts): the socket's peer. */
export const PEER_ADDRESS_HEADER = "x-portrait-studio-peer";

const listOf = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/** The host the browser addressed: Host, or behind trusted proxies the last X-Forwarded-Host. */
export function requestHost(headers: Headers, hops: number): string | null {
  const forwarded = hops > 0 ? listOf(headers.get("x-forwarded-host")).at(-1) : undefined;
  return forwarded ?? headers.get("host");
}

/** http or https as the browser used it; without trusted proxies, what this server itself serves. */
export function requestProtocol(headers: Headers, hops: number, own: "http" | "https"): "http" | "https" {
  if (hops === 0) return own;
  const forwarded = listOf(headers.get("x-forwarded-proto")).at(-1)?.toLowerCase();
  return forwarded === "https" || forwarded === "http" ? forwarded : own;
}

/** The client's address: the socket peer, or behind trusted proxies the entry they vouch for. */
export function clientAddress(headers: Headers, hops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  if (hops === 0) return peer;
  const chain = listOf(headers.get("x-forwarded-for"));
  return chain[Math.max(0, chain.length - hops)] ?? peer;
}
