import { describe, expect, it } from 'vitest';
import { assertPublicTarget, isReservedAddress, reservedTargetReason } from './targets';

describe('webhook targets', () => {
  it('knows loopback, private, link-local and reserved addresses, IPv4-mapped ones included', () => {
    for (const a of [
      '127.0.0.1',
      '10.20.30.40',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:c0a8:1',
      '64:ff9b::a00:1',
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

  it('refuses a URL naming such an address or this machine', () => {
    expect(reservedTargetReason(new URL('http://localhost:3000/x'))).toMatch(/this machine/);
    expect(reservedTargetReason(new URL('http://api.localhost/x'))).toMatch(/this machine/);
    expect(reservedTargetReason(new URL('http://[::1]:8080/x'))).toMatch(/::1 is a loopback/);
    expect(reservedTargetReason(new URL('https://hooks.example.com/x'))).toBeNull();
    expect(reservedTargetReason(new URL('https://93.184.215.14/x'))).toBeNull();
  });

  it('refuses a host name when any of its addresses is reserved', async () => {
    const dns = (map: Record<string, string[]>) => async (h: string) => map[h] ?? [];
    await expect(
      assertPublicTarget('https://hooks.example.com/x', dns({ 'hooks.example.com': ['93.184.215.14'] })),
    ).resolves.toBeUndefined();
    await expect(
      assertPublicTarget(
        'https://evil.example/x',
        dns({ 'evil.example': ['93.184.215.14', '169.254.169.254'] }),
      ),
    ).rejects.toThrow('refused: evil.example resolves to 169.254.169.254');
    await expect(assertPublicTarget('http://127.0.0.1:9/x', dns({}))).rejects.toThrow(
      /refused: 127\.0\.0\.1/,
    );
  });
});
