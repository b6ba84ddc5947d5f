import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/*
 * Which identity-provider addresses the server may contact for a district. District admins type
 * these URLs, and the server fetches them (discovery, the test sign-in, tokens), so an address on
 * the server's own network would let an admin probe it. Public https addresses are allowed; an
 * IdP on a private network only when the operator lists its origin (SSO_INTERNAL_ORIGINS).
 */

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv6");
}

function isPrivateAddress(address: string): boolean {
  const mapped = address.toLowerCase().match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  const plain = mapped?.[1] ?? address;
  const family = isIP(plain);
  if (family === 0) return false;
  return privateRanges.check(plain, family === 4 ? "ipv4" : "ipv6");
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export interface FetchPolicy {
  /** An origin the operator listed: trusted as it is, http allowed. */
  isInternal(url: string): boolean;
  /** From the address alone: an internal origin, or https to a name or public address. */
  mayContact(url: string): boolean;
  /** Why the server will not contact `url`, after resolving its name; null when it may. */
  refusalFor(url: string): Promise<string | null>;
}

export function createFetchPolicy(internalOrigins: readonly string[]): FetchPolicy {
  const internal = new Set(
    internalOrigins.flatMap((origin) => {
      const parsed = parse(origin);
      return parsed ? [parsed.origin] : [];
    }),
  );

  function isInternal(url: string): boolean {
    const parsed = parse(url);
    return parsed !== null && internal.has(parsed.origin);
  }

  function mayContact(url: string): boolean {
    if (isInternal(url)) return true;
    const parsed = parse(url);
    if (parsed?.protocol !== "https:") return false;
    const host = parsed.hostname.replace(/^\[|\]$/g, "");
    if (host === "localhost" || host.endsWith(".localhost")) return false;
    return !isPrivateAddress(host);
  }

  async function refusalFor(url: string): Promise<string | null> {
    if (isInternal(url)) return null;
    const parsed = parse(url);
    if (!parsed) return `${url} is not a web address.`;
    if (parsed.protocol !== "https:") return `${url} does not use https.`;
    if (!mayContact(url)) return `${parsed.hostname} is an address on a private network.`;
    if (isIP(parsed.hostname.replace(/^\[|\]$/g, ""))) return null;
    let addresses: { address: string }[];
    try {
      addresses = await lookup(parsed.hostname, { all: true });
    } catch {
      return `${parsed.hostname} could not be found (DNS).`;
    }
    const hidden = addresses.find((entry) => isPrivateAddress(entry.address));
    return hidden ? `${parsed.hostname} points to a private network address.` : null;
  }

  return { isInternal, mayContact, refusalFor };
}
