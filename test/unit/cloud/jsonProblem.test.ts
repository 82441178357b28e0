import * as assert from 'node:assert';
import { jsonProblemPosition } from '../../../src/cloud/jsonProblem';

describe('where a JSON text goes wrong', () => {
  it('says nothing of a valid text', () => {
    assert.strictEqual(jsonProblemPosition('{"a": [1, 2]}'), undefined);
  });

  it('finds what JSON.parse refuses, comments and trailing commas included', () => {
    assert.deepStrictEqual(jsonProblemPosition('{\n  // a comment\n  "a": 1\n}'), { line: 2, column: 3 });
    assert.deepStrictEqual(jsonProblemPosition('{"a": 1,}'), { line: 1, column: 9 });
  });

  it('calls an empty text wrong at its start', () => {
    assert.deepStrictEqual(jsonProblemPosition(''), { line: 1, column: 1 });
  });
});
