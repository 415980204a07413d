/**
 * Where webhooks may be sent. Outside development a receiver must be on the public internet: a URL
 * naming a loopback, private, link-local or otherwise reserved address is refused when it is
 * registered, and a host name is resolved before every delivery and refused when any of its addresses
 * is such an address (the server's own network is not reachable through a webhook). A name that
 * changes its answer between that lookup and the connection (DNS rebinding) is not caught.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const RESERVED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 3], // multicast and reserved, up to 255.255.255.255
] as const)
  RESERVED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127], // unspecified and loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 of any IPv4 address
] as const)
  RESERVED.addSubnet(net, bits, 'ipv6');

/** A loopback, private, link-local or reserved address (IPv4-mapped IPv6 addresses included). */
export function isReservedAddress(address: string): boolean {
  const kind = isIP(address);
  if (!kind) return false;
  return RESERVED.check(address, kind === 4 ? 'ipv4' : 'ipv6');
}

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/** Why a URL may not be registered as a receiver (its host is such an address or `localhost`), or null. */
export function reservedTargetReason(url: URL): string | null {
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  if (isReservedAddress(host)) return `${host} is a loopback, private or reserved address`;
  return null;
}

/** Resolves the receiver's host and throws when any of its addresses is reserved. */
export async function assertPublicTarget(
  url: string,
  resolve: (host: string) => Promise<string[]> = async (h) =>
    (await lookup(h, { all: true, verbatim: true })).map((a) => a.address),
): Promise<void> {
  const u = new URL(url);
  const reason = reservedTargetReason(u);
  if (reason) throw new Error(`refused: ${reason}`);
  const host = hostOf(u);
  if (isIP(host)) return;
  const addresses = await resolve(host);
  const reserved = addresses.find(isReservedAddress);
  if (reserved)
    throw new Error(`refused: ${host} resolves to ${reserved}, a loopback, private or reserved address`);
}
