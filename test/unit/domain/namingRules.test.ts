import * as assert from 'node:assert';
import {
  checkDescription,
  checkName,
  checkTags,
  fitsTagText,
  formatTagText,
  MAX_TAGS,
  parseTagText,
} from '../../../src/domain/namingRules';

const codeOf = (violation: { code: string } | undefined): string | undefined => violation?.code;

describe('the formats of an ENI name, description and tags', () => {
  const names: Array<[string, string | undefined]> = [
    ['', undefined],
    ['ab', undefined],
    ['a', 'InvalidParams.NetworkInterfaceName'],
    ['a'.repeat(128), undefined],
    ['a'.repeat(129), 'InvalidParams.NetworkInterfaceName'],
    ['弹性网卡', undefined],
    ['web-1.prod_a:b', undefined],
    ['1web', 'InvalidParams.NetworkInterfaceName'],
    ['-web', 'InvalidParams.NetworkInterfaceName'],
    ['http://x', 'InvalidParams.NetworkInterfaceName'],
    ['HTTPS://x', 'InvalidParams.NetworkInterfaceName'],
    ['httpd-1', undefined],
    ['web 1', 'InvalidParams.NetworkInterfaceName'],
    ['web/1', 'InvalidParams.NetworkInterfaceName'],
  ];
  for (const [name, code] of names) {
    it(`name “${name.length > 20 ? `${name.slice(0, 5)}…(${name.length})` : name}” → ${code ?? 'accepted'}`, () => {
      assert.strictEqual(codeOf(checkName(name)), code);
    });
  }

  it('says why a name is refused, in words with its values', () => {
    assert.deepStrictEqual(checkName('a')?.text, { template: 'A name is 2 to 128 characters long; “{0}” has {1}.', args: ['a', '1'] });
    assert.strictEqual(checkName('1web')?.text?.template, 'A name starts with a letter or a Chinese character.');
    assert.strictEqual(checkName('http://web')?.text?.template, 'A name cannot start with http:// or https://.');
    assert.strictEqual(checkName('web 1')?.rule, 'nameFormat');
  });

  it('takes descriptions of 2 to 255 characters that do not start with a URL', () => {
    assert.strictEqual(checkDescription(''), undefined);
    assert.strictEqual(checkDescription('ok'), undefined);
    assert.strictEqual(checkDescription('x'.repeat(255)), undefined);
    assert.strictEqual(codeOf(checkDescription('x')), 'InvalidDescription.Malformed');
    assert.strictEqual(codeOf(checkDescription('x'.repeat(256))), 'InvalidDescription.Malformed');
    assert.strictEqual(codeOf(checkDescription('https://example.com')), 'InvalidDescription.Malformed');
    assert.strictEqual(checkDescription('see https://example.com'), undefined);
    assert.deepStrictEqual(checkDescription('x')?.text?.args, ['1']);
  });

  it('checks each tag: key present, 128 characters at most, no reserved prefix, no URL; values likewise', () => {
    const codes = (tags: Array<{ key: string; value: string }>): string[] => checkTags(tags).map((v) => v.code);
    assert.deepStrictEqual(
      codes([
        { key: 'env', value: 'prod' },
        { key: 'team', value: '' },
      ]),
      [],
    );
    assert.deepStrictEqual(codes([{ key: '', value: 'x' }]), ['InvalidTagKey.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'k'.repeat(128), value: 'v'.repeat(128) }]), []);
    assert.deepStrictEqual(codes([{ key: 'k'.repeat(129), value: 'v' }]), ['InvalidTagKey.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'k', value: 'v'.repeat(129) }]), ['InvalidTagValue.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'aliyun-x', value: '' }]), ['InvalidTagKey.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'ACS:x', value: '' }]), ['InvalidTagKey.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'acs', value: '' }]), []);
    assert.deepStrictEqual(codes([{ key: 'a http://b', value: '' }]), ['InvalidTagKey.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'k', value: 'see https://x' }]), ['InvalidTagValue.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'k', value: 'acs:x' }]), ['InvalidTagValue.Malformed']);
    assert.deepStrictEqual(codes([{ key: 'k', value: 'aliyun' }]), []);
    assert.deepStrictEqual(
      codes([
        { key: 'k', value: '1' },
        { key: 'k', value: '2' },
      ]),
      ['Duplicate.TagKey'],
    );
  });

  it('allows 20 tags and refuses 21 with the code the caller names', () => {
    const tags = (n: number): Array<{ key: string; value: string }> => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: '' }));
    assert.strictEqual(MAX_TAGS, 20);
    assert.deepStrictEqual(checkTags(tags(20)), []);
    assert.deepStrictEqual(
      checkTags(tags(21)).map((v) => v.code),
      ['QuotaExceed.Tags'],
    );
    assert.deepStrictEqual(
      checkTags(tags(21), 'OperationDenied.QuotaExceed').map((v) => [v.code, ...(v.text?.args ?? [])]),
      [['OperationDenied.QuotaExceed', '20', '21']],
    );
  });

  it('reads and writes tags as key=value lists', () => {
    assert.deepStrictEqual(parseTagText(' env = prod , team=net,,solo , =x'), [
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'net' },
      { key: 'solo', value: '' },
      { key: '', value: 'x' },
    ]);
    assert.deepStrictEqual(parseTagText('url=a=b'), [{ key: 'url', value: 'a=b' }]);
    assert.deepStrictEqual(parseTagText('  '), []);
    assert.strictEqual(
      formatTagText([
        { key: 'env', value: 'prod' },
        { key: 'x', value: '' },
      ]),
      'env=prod, x=',
    );
    assert.deepStrictEqual(parseTagText(formatTagText([{ key: 'a', value: 'b' }])), [{ key: 'a', value: 'b' }]);
  });
});

describe('the rules each naming check names, and tags the text can carry', () => {
  it('names its rule with each refusal', () => {
    assert.strictEqual(checkName('a')?.rule, 'nameFormat');
    assert.strictEqual(checkDescription('x')?.rule, 'descriptionFormat');
    const rules = (tags: Array<{ key: string; value: string }>): string[] => checkTags(tags).map((v) => v.rule);
    assert.deepStrictEqual(rules([{ key: '', value: '' }]), ['tagKey']);
    assert.deepStrictEqual(rules([{ key: 'k'.repeat(129), value: '' }]), ['tagKey']);
    assert.deepStrictEqual(rules([{ key: 'acs:k', value: '' }]), ['tagKey']);
    assert.deepStrictEqual(rules([{ key: 'http://k', value: '' }]), ['tagKey']);
    assert.deepStrictEqual(rules([{ key: 'k', value: 'v'.repeat(129) }]), ['tagValue']);
    assert.deepStrictEqual(rules([{ key: 'k', value: 'https://v' }]), ['tagValue']);
    assert.deepStrictEqual(rules([{ key: 'k', value: 'acs:v' }]), ['tagValue']);
    assert.deepStrictEqual(
      rules([
        { key: 'k', value: '' },
        { key: 'k', value: '' },
      ]),
      ['tagDuplicate'],
    );
    assert.deepStrictEqual(rules(Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: '' }))), ['tagCount']);
  });

  it('refuses the reserved prefixes only at the start', () => {
    assert.deepStrictEqual(checkTags([{ key: 'my-aliyun', value: 'see acs:x' }]), []);
  });

  it('says in words which tag is refused', () => {
    assert.deepStrictEqual(checkTags([{ key: 'acs:k', value: '' }])[0]?.text, {
      template: 'The tag key “{0}” starts with aliyun or acs:, which Alibaba Cloud keeps for itself.',
      args: ['acs:k'],
    });
    assert.strictEqual(checkTags([{ key: '', value: '' }])[0]?.text?.template, 'A tag needs a key.');
    assert.deepStrictEqual(checkTags([{ key: 'k', value: 'acs:v' }])[0]?.text?.args, ['k']);
  });

  it('knows which tags the key=value text carries unchanged', () => {
    const fits: Array<[string, string, boolean]> = [
      ['env', 'prod', true],
      ['team', 'net,ops', false],
      ['a,b', 'c', false],
      ['a=b', 'c', false],
      ['url', 'a=b', true],
      [' padded', 'v', false],
      ['k', 'padded ', false],
      ['k', '', true],
    ];
    for (const [key, value, expected] of fits) {
      assert.strictEqual(fitsTagText({ key, value }), expected, `${key}=${value}`);
      if (expected) {
        assert.deepStrictEqual(parseTagText(formatTagText([{ key, value }])), [{ key, value }], 'what fits comes back as it was');
      }
    }
  });
});
