/**
 * Where webhooks may be sent. Outside development a receiver must be on the public internet: only
 * unicast public addresses pass (ipaddr.js's `range() === 'unicast'`). An IPv4-mapped IPv6 address
 * is judged by the IPv4 address it carries; the transition ranges that tunnel to an IPv4 address
 * (6to4 2002::/16, Teredo 2001::/32, NAT64 64:ff9b::/96 and 64:ff9b:1::/48) are refused outright,
 * naming the address they carry. A URL naming such an address is refused when it is registered; a
 * host name is checked where the connection is made (webhook-client.ts), on the very addresses the
 * socket then connects to, so a name that answers differently the second time (DNS rebinding) gains
 * nothing.
 */
import ipaddr from 'ipaddr.js';

const TUNNELS: Record<string, string> = {
  '6to4': '6to4 (2002::/16)',
  teredo: 'Teredo (2001::/32)',
  rfc6052: 'NAT64 (64:ff9b::/96, 64:ff9b:1::/48)',
};

/** The IPv4 address a tunnel address carries, where there is one. */
function carried(a: ipaddr.IPv6, range: string): string | null {
  const p = a.parts;
  if (range === '6to4')
    return ipaddr.fromByteArray([p[1] >> 8, p[1] & 255, p[2] >> 8, p[2] & 255]).toString();
  if (range === 'teredo')
    return ipaddr
      .fromByteArray([(p[6] >> 8) ^ 255, (p[6] & 255) ^ 255, (p[7] >> 8) ^ 255, (p[7] & 255) ^ 255])
      .toString();
  if (range === 'rfc6052')
    return ipaddr.fromByteArray([p[6] >> 8, p[6] & 255, p[7] >> 8, p[7] & 255]).toString();
  return null;
}

/** Why an IP address may not receive webhooks, or null when it is a public unicast address. */
export function addressRefusal(address: string): string | null {
  const text = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!ipaddr.isValid(text)) return `${address} is not an IP address`;
  let a = ipaddr.parse(text);
  if (a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress()) {
    a = (a as ipaddr.IPv6).toIPv4Address();
    const inner = addressRefusal(a.toString());
    return inner && `${address} maps ${inner}`;
  }
  const range = a.range();
  if (range === 'unicast') return null;
  if (TUNNELS[range]) {
    const v4 = carried(a as ipaddr.IPv6, range);
    return `${address} is a ${TUNNELS[range]} address${v4 ? ` carrying ${v4}` : ''}`;
  }
  return `${address} is a ${range} address, not a public one`;
}

/** A loopback, private, link-local, tunnel or otherwise non-public IP address (false for host names). */
export function isReservedAddress(address: string): boolean {
  return ipaddr.isValid(address.replace(/^\[(.*)\]$/, '$1')) && addressRefusal(address) !== null;
}

export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/** Why a URL may not be registered as a receiver (its host is such an address or `localhost`), or null. */
export function reservedTargetReason(url: URL): string | null {
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  if (ipaddr.isValid(host)) return addressRefusal(host);
  return null;
}
