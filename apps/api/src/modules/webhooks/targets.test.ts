import { describe, expect, it } from 'vitest';
import { addressRefusal, isReservedAddress, reservedTargetReason } from './targets';

describe('webhook targets', () => {
  it('passes only public unicast addresses: loopback, private, link-local, reserved and tunnels are refused', () => {
    for (const a of [
      '127.0.0.1',
      '10.20.30.40',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '192.0.0.1',
      '192.0.2.1',
      '198.18.0.1',
      '224.0.0.1',
      '240.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      'ff02::1',
      '2001:db8::1',
      '::ffff:127.0.0.1',
      '::ffff:c0a8:1',
      '64:ff9b::a00:1',
      '64:ff9b:1::a00:1',
      '2002:7f00:1::1', // 6to4 carrying 127.0.0.1
      '2002:0808:0808::1', // 6to4 carrying a public address: refused too
      '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
    ])
      expect(isReservedAddress(a), a).toBe(true);
    for (const a of [
      '8.8.8.8',
      '172.32.0.1',
      '192.169.0.1',
      '100.128.0.1',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ])
      expect(isReservedAddress(a), a).toBe(false);
    expect(isReservedAddress('example.com')).toBe(false);
  });

  it('names what a refused address is, unwrapping the IPv4 address a mapped or tunnel address carries', () => {
    expect(addressRefusal('::ffff:10.0.0.1')).toBe(
      '::ffff:10.0.0.1 maps 10.0.0.1 is a private address, not a public one',
    );
    expect(addressRefusal('2002:a9fe:a9fe::1')).toMatch(/6to4 .* carrying 169\.254\.169\.254/);
    expect(addressRefusal('64:ff9b::7f00:1')).toMatch(/NAT64 .* carrying 127\.0\.0\.1/);
    expect(addressRefusal('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toMatch(
      /Teredo .* carrying 192\.0\.2\.45/,
    );
    expect(addressRefusal('93.184.215.14')).toBeNull();
  });

  it('refuses a URL naming such an address or this machine', () => {
    expect(reservedTargetReason(new URL('http://localhost:3000/x'))).toMatch(/this machine/);
    expect(reservedTargetReason(new URL('http://api.localhost/x'))).toMatch(/this machine/);
    expect(reservedTargetReason(new URL('http://[::1]:8080/x'))).toMatch(/::1 is a loopback/);
    expect(reservedTargetReason(new URL('http://[2002:7f00:1::1]/x'))).toMatch(/6to4/);
    expect(reservedTargetReason(new URL('http://2130706433/x'))).toMatch(/127\.0\.0\.1 is a loopback/);
    expect(reservedTargetReason(new URL('https://hooks.example.com/x'))).toBeNull();
    expect(reservedTargetReason(new URL('https://93.184.215.14/x'))).toBeNull();
  });
});
