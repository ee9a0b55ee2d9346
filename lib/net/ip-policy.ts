import ipaddr from "ipaddr.js";

// Which addresses a fetch made on a user's behalf may reach. Only globally routable unicast
// addresses pass: loopback, private (RFC 1918), link-local (the cloud metadata endpoint
// 169.254.169.254 among them), CGNAT, unique-local, multicast, reserved and the IPv6 ranges that
// embed an IPv4 address (NAT64, 6to4, Teredo) are all refused. IPv4-mapped IPv6 addresses
// (::ffff:127.0.0.1) are judged as the IPv4 address they carry.

/** Public unicast addresses that still answer as a cloud's instance metadata or host agent. */
const METADATA_ADDRESSES = new Set(["168.63.129.16"]);

export type AddressVerdict = "public" | "loopback" | "refused";

/** Parses an address, IPv4-mapped IPv6 folded to IPv4; null when it is not an IP address. */
function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

export function classifyAddress(address: string): AddressVerdict {
  const ip = parse(address);
  if (!ip) return "refused";
  const range = ip.range();
  if (range === "loopback") return "loopback";
  if (range !== "unicast" || METADATA_ADDRESSES.has(ip.toString())) return "refused";
  return "public";
}

export const isIpLiteral = (host: string) => parse(host) !== null;

/** What a guarded fetch may connect to: public addresses, plus loopback when a test opts in. */
export interface AddressPolicy {
  allowLoopback: boolean;
}

export function isAddressAllowed(address: string, policy: AddressPolicy): boolean {
  const verdict = classifyAddress(address);
  return verdict === "public" || (verdict === "loopback" && policy.allowLoopback);
}
