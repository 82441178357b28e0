import * as assert from 'node:assert';
import { displayText, fill, readsChinese } from '../../../src/domain/text';

describe('filling a template', () => {
  it('puts each argument in its hole, as often as the hole appears', () => {
    assert.strictEqual(fill('{0} is {1}; {0} again', ['eni-1', 'InUse']), 'eni-1 is InUse; eni-1 again');
  });

  it('reads holes of more than one digit', () => {
    const args = Array.from({ length: 12 }, (_, i) => `a${i}`);
    assert.strictEqual(fill('{10}-{11}-{1}', args), 'a10-a11-a1');
  });

  it('leaves a hole without an argument, and braces that are not a hole, as they are', () => {
    assert.strictEqual(fill('{0} and {1}', ['x']), 'x and {1}');
    assert.strictEqual(fill('{a} {} {0}', ['x']), '{a} {} x');
    assert.strictEqual(fill('[{0}]', ['']), '[]', 'an empty argument fills its hole');
  });
});

describe('the display language', () => {
  it('is Chinese for any zh display language', () => {
    assert.strictEqual(readsChinese('zh-cn'), true);
    assert.strictEqual(readsChinese('ZH-TW'), true);
    assert.strictEqual(readsChinese('en'), false);
    assert.strictEqual(readsChinese('ja'), false);
  });
});

describe('text from ECS, fit to show', () => {
  it('turns control and bidi characters into spaces, so that a name cannot forge a line', () => {
    assert.strictEqual(displayText('spare\nLeft alone: all'), 'spare Left alone: all');
    assert.strictEqual(displayText('a\u202eb\u0000c'), 'a b c');
  });
  it('keeps `$(` from drawing an icon', () => {
    assert.strictEqual(displayText('$(trash) delete me'), '$ (trash) delete me');
  });
  it('cuts long text with an ellipsis, counting characters, not UTF-16 units', () => {
    assert.strictEqual(displayText('弹性网卡'.repeat(10), 5), '弹性网卡…');
    assert.strictEqual(displayText('abc', 3), 'abc');
    assert.strictEqual(displayText('abcd', 3), 'ab…');
  });
});
