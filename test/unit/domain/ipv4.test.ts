import * as assert from 'node:assert';
import { cidrContains, isReservedInVSwitch, parseCidr, parseIpv4 } from '../../../src/domain/ipv4';

/** The dotted form of an address parsed to a number, to see that parsing loses nothing. */
const formatIpv4 = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

describe('IPv4 addresses and CIDR blocks', () => {
  it('reads four decimal octets and nothing else', () => {
    assert.strictEqual(parseIpv4('0.0.0.0'), 0);
    assert.strictEqual(parseIpv4('255.255.255.255'), 2 ** 32 - 1);
    assert.strictEqual(parseIpv4('172.16.0.1'), ((172 * 256 + 16) * 256 + 0) * 256 + 1);
    for (const bad of ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.-4', '1.2.3.4 ', 'a.b.c.d', '1..3.4']) {
      assert.strictEqual(parseIpv4(bad), undefined, bad);
    }
  });

  it('writes an address back as it was read', () => {
    for (const text of ['0.0.0.0', '10.0.255.1', '172.16.181.225', '255.255.255.255']) {
      assert.strictEqual(formatIpv4(parseIpv4(text) ?? -1), text);
    }
  });

  it('reads a CIDR block whose host bits are zero', () => {
    assert.deepStrictEqual(parseCidr('172.16.0.0/24'), { network: parseIpv4('172.16.0.0'), prefixLength: 24 });
    assert.deepStrictEqual(parseCidr('0.0.0.0/0'), { network: 0, prefixLength: 0 });
    assert.deepStrictEqual(parseCidr('10.1.2.3/32'), { network: parseIpv4('10.1.2.3'), prefixLength: 32 });
    for (const bad of [
      '172.16.0.1/24',
      '172.16.0.0/33',
      '172.16.0.0',
      '172.16.0.0/',
      '172.16.0.0/2a',
      '172.16.0.0/24/1',
      'x/24',
      '172.16.0.0/123',
    ]) {
      assert.strictEqual(parseCidr(bad), undefined, bad);
    }
  });

  it('knows which addresses a block holds, its first and last included', () => {
    const block = parseCidr('192.168.1.0/24');
    assert.ok(block);
    const at = (text: string): number => parseIpv4(text) ?? -1;
    assert.ok(cidrContains(block, at('192.168.1.0')));
    assert.ok(cidrContains(block, at('192.168.1.255')));
    assert.ok(!cidrContains(block, at('192.168.0.255')));
    assert.ok(!cidrContains(block, at('192.168.2.0')));
  });

  it("reserves a vSwitch's first address and its last three, as the VPC documentation says for 192.168.1.0/24", () => {
    const block = parseCidr('192.168.1.0/24');
    assert.ok(block);
    const reserved = (last: number): boolean => isReservedInVSwitch(block, parseIpv4(`192.168.1.${last}`) ?? -1);
    assert.deepStrictEqual([0, 1, 2, 252, 253, 254, 255].map(reserved), [true, false, false, false, true, true, true]);
  });
});
