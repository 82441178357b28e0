import * as assert from 'node:assert';
import { toRegion } from '../../../src/cloud/sdkMapping';

describe('regions from the SDK', () => {
  it('keeps id, name and status, and reads what is missing as empty', () => {
    assert.deepStrictEqual(toRegion({ regionId: 'cn-hangzhou', localName: 'China (Hangzhou)', status: 'available' } as never), {
      regionId: 'cn-hangzhou',
      localName: 'China (Hangzhou)',
      status: 'available',
    });
    assert.deepStrictEqual(toRegion({} as never), { regionId: '', localName: '', status: '' });
  });
});
