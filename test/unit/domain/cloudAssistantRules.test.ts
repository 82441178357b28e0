import * as assert from 'node:assert';
import { agentLook, versionAtLeast } from '../../../src/domain/cloudAssistant';
import {
  checkRunOn,
  checkScript,
  checkScriptSize,
  guestOutputText,
  unixLineEnds,
  visibleScriptLine,
} from '../../../src/domain/cloudAssistantRules';
import type { Instance } from '../../../src/domain/instance';

const instance = (fields: Partial<Instance>): Instance =>
  ({ instanceId: 'i-bp1h4adlltjc1d48goaq', instanceName: 'web-1', status: 'Running', tags: [], ...fields }) as Instance;
const online = { instanceId: 'i-bp1h4adlltjc1d48goaq', online: true, version: '2.2.3.857', supportsSessions: true };

describe('what Cloud Assistant needs to run a command', () => {
  it('needs the instance Running with its agent online, and names the rule that refuses', () => {
    assert.deepStrictEqual(checkRunOn(instance({}), online), []);
    const rules = [
      checkRunOn(instance({ status: 'Stopped' }), online),
      checkRunOn(instance({}), undefined),
      checkRunOn(instance({}), { ...online, online: false, version: '' }),
      checkRunOn(instance({}), { ...online, online: false }),
      checkRunOn(instance({ instanceId: 'web-1' }), online),
    ].map((violations) => violations.map((violation) => `${violation.rule} ${violation.code}`));
    assert.deepStrictEqual(rules, [
      ['runState InvalidInstance.NotMatch'],
      ['agentMissing InvalidInstance.NotMatch'],
      ['agentMissing InvalidInstance.NotMatch'],
      ['agentOffline InvalidInstance.NotMatch'],
      ['instanceIdFormat InvalidInstanceID.Malformed'],
    ]);
    assert.strictEqual(
      checkRunOn(instance({ status: 'Stopped' }), online)[0]?.message,
      'web-1 (i-bp1h4adlltjc1d48goaq) is Stopped; Cloud Assistant runs commands only on a Running instance.',
    );
  });

  it('takes a script of up to 24 KB in Base64 on up to 100 instances, and no empty one', () => {
    assert.deepStrictEqual(checkScript('echo', 100), []);
    assert.deepStrictEqual(checkScriptSize(18_432), [], '18,432 bytes are 24,576 in Base64, the limit');
    assert.deepStrictEqual(
      checkScriptSize(18_433).map((violation) => violation.message),
      ['The script is 24580 bytes in Base64; Cloud Assistant takes at most 24576.'],
    );
    assert.deepStrictEqual(
      checkScript('你'.repeat(6145), 1).map((violation) => violation.code),
      ['CmdContent.ExceedLimit'],
      'counted in UTF-8 bytes',
    );
    assert.deepStrictEqual(
      checkScript('  \n', 101).map((violation) => violation.rule),
      ['emptyScript', 'tooManyInstances'],
    );
  });

  it('shows what a guest printed as plain text: line ends made \\n, terminal escapes out, other controls visible', () => {
    assert.strictEqual(
      guestOutputText('\u001b[1;32mok\u001b[0m\r\n\u001b]0;title\u0007done\ttab\u0000\u202eevil\n'),
      'ok\ndone\ttab\ufffd\ufffdevil\n',
    );
  });

  it('compares agent versions part by part, and says how an agent stands', () => {
    assert.deepStrictEqual(
      [
        ['2.2.3.857', '2.2.3.256'],
        ['2.2.3.256', '2.2.3.256'],
        ['2.2.3.189', '2.2.3.256'],
        ['2.10.0', '2.2.3.256'],
        ['x', '1'],
      ].map(([a, b]) => versionAtLeast(a ?? '', b ?? '')),
      [true, true, false, true, false],
    );
    assert.deepStrictEqual(
      [agentLook(online, false), agentLook(online, true), agentLook({ ...online, version: '2.2.0.1' }, true), agentLook(undefined, true)],
      ['unknown', 'online', 'tooOld', 'silent'],
    );
  });

  it('shows every hidden character of a script line by its code point, and gives sh its line ends', () => {
    assert.strictEqual(visibleScriptLine('echo safe\u202e# evil\u200b\ttab'), 'echo safe⟨U+202E⟩# evil⟨U+200B⟩\ttab');
    assert.strictEqual(unixLineEnds('a\r\nb\rc\n'), 'a\nb\nc\n');
  });
});
