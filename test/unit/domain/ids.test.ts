import * as assert from 'node:assert';
import { isInstanceId, isNetworkInterfaceId } from '../../../src/domain/ids';

describe('resource ids', () => {
  it('knows instance and ENI ids of the form ECS uses', () => {
    assert.strictEqual(isInstanceId('i-bp1h4adlltjc1d48goaq'), true);
    assert.strictEqual(isNetworkInterfaceId('eni-bp17pdijfczax1huji00'), true);
  });

  it('refuses an id with anything before its prefix or after its end', () => {
    for (const id of ['xi-bp1h4adlltjc1d48goaq', '../i-bp1h4adlltjc1d48goaq', 'i-bp1h4adlltjc1d48goaq/', 'i-BP1H4ADL', 'i-abc']) {
      assert.strictEqual(isInstanceId(id), false, id);
    }
    for (const id of ['xeni-bp17pdijfczax1huji00', 'i-eni-bp17pdijfczax1huji00', 'eni-bp17pdijfczax1huji00 ', 'eni-abc']) {
      assert.strictEqual(isNetworkInterfaceId(id), false, id);
    }
  });
});
