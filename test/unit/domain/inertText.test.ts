import * as assert from 'node:assert';
import { inertText } from '../../../src/domain/inertText';
import { NOTIFICATION_LINK } from '../../support/notificationLink';
import { HOSTILE_TEXTS } from '../../support/hostileTexts';

describe('text from outside made inert for VS Code links', () => {
  it('leaves nothing VS Code would take for a link in a notification', () => {
    for (const text of HOSTILE_TEXTS) {
      assert.ok(NOTIFICATION_LINK.test(text), `the probe itself is a link: ${text}`);
      assert.ok(!NOTIFICATION_LINK.test(inertText(text)), inertText(text));
    }
  });

  it('keeps every character readable, and changes text without links not at all', () => {
    assert.strictEqual(inertText('[Open](command:x)'), '[Open] (command:x)');
    for (const text of ['web-1 (i-bp1…)', 'tag [prod] is set', 'a]b(c', '', '弹性网卡 [主]']) {
      assert.strictEqual(inertText(text), text);
    }
  });

  it('is idempotent', () => {
    for (const text of HOSTILE_TEXTS) {
      assert.strictEqual(inertText(inertText(text)), inertText(text));
    }
  });
});
