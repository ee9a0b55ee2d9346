// The names this server answers to (DNS rebinding defence): a page on another domain that
// re-points its name at 127.0.0.1 still sends its own name as Host, and is refused. Names only:
// the port does not matter to the attack, and proxies rewrite it.

export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** The host name of `host` ("name:port", "[v6]:port" or a URL), lower-cased; null when unparsable. */
export function hostNameOf(host: string): string | null {
  const value = host.trim();
  if (!value || /[\s/?#@\\]/.test(value.replace(/^[a-z]+:\/\//i, ""))) return null;
  try {
    return new URL(/^[a-z]+:\/\//i.test(value) ? value : `http://${value}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export interface HostAllowlistConfig {
  appUrl?: string;
  /** Extra names, as written in ALLOWED_HOSTS. */
  allowedHosts?: string[];
}

export function createHostAllowlist({ appUrl, allowedHosts = [] }: HostAllowlistConfig) {
  const names = new Set<string>();
  for (const entry of [...LOOPBACK_HOSTS, ...(appUrl ? [appUrl] : []), ...allowedHosts]) {
    const name = hostNameOf(entry);
    if (name) names.add(name);
  }
  return {
    names: [...names],
    /** A request without a Host header is no browser's (HTTP/1.1 requires it), so it passes. */
    allows(host: string | null): boolean {
      if (host === null) return true;
      const name = hostNameOf(host);
      return name !== null && names.has(name);
    },
  };
}
