import * as assert from 'node:assert';
import { durationText } from '../../../src/domain/durationText';

describe('durations as the Activity view writes them', () => {
  it('never says "0.0 s": milliseconds under a second, tenths under ten seconds, then whole seconds', () => {
    const cases: ReadonlyArray<readonly [number, string]> = [
      [0, '0 ms'],
      [38.4, '38 ms'],
      [999.4, '999 ms'],
      [1000, '1.0 s'],
      [2040, '2.0 s'],
      [9949, '9.9 s'],
      [10_000, '10 s'],
      [125_600, '126 s'],
    ];
    for (const [ms, text] of cases) {
      assert.strictEqual(durationText(ms), text, String(ms));
    }
  });
});
