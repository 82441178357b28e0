import * as assert from 'node:assert';
import { apiReferenceUrl, docLanguageFor, errorLinks, troubleshootUrl } from '../../../src/domain/docLinks';
import { catalogueCodes, explain, retryHelps } from '../../../src/domain/errorCatalogue';
import { readJson } from '../../support/l10nKeys';

/** The gateway's common codes (https://api.alibabacloud.com/document/Ecs/2014-05-26/errorCode) and the AttachNetworkInterface and DetachNetworkInterface tables. */
const SEED_CODES = [
  'InvalidAction.NotFound',
  'InvalidVersion',
  'MissingRegionId',
  'InvalidParameter',
  'IncompleteSignature',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'Forbidden.AccessKeyDisabled',
  'SignatureDoesNotMatch',
  'InvalidTimeStamp.Expired',
  'InvalidTimeStamp.Format',
  'SignatureNonceUsed',
  'InvalidSecurityToken.Expired',
  'InvalidSecurityToken.Malformed',
  'InvalidSecurityToken.MismatchWithAccessKey',
  'MissingSecurityToken',
  'Forbidden.RAM',
  'NoPermission',
  'Throttling.User',
  'Throttling.Api',
  'Throttling',
  'OperationConflict',
  'InternalError',
  'ServiceUnavailable',
  'InvalidEniId.NotFound',
  'InvalidEcsId.NotFound',
  'InvalidInstanceId.NotFound',
  'InvalidInstanceID.Malformed',
  'InvalidParams.EniId',
  'InvalidOperation.InvalidRegion',
  'InvalidOperation.InvalidEcsState',
  'InvalidOperation.InvalidEniState',
  'InvalidOperation.DetachPrimaryEniNotAllowed',
  'InvalidOperation.InvalidEniType',
  'InvalidOperation.EniServiceManaged',
  'InvalidOperation.AvailabilityZoneMismatch',
  'InvalidOperation.VpcMismatch',
  'EniPerInstanceLimitExceeded',
  'MaxEniCountExceeded',
  'InvalidOperation.Ipv4CountExceeded',
  'InvalidOperation.Ipv6NotSupport',
  'InvalidOperation.InvalidGeneration',
  'InvalidOperation.EniLinked',
  'UnsupportedParameter',
  'MissingParameter',
  'Forbidden.SubUser',
  'Forbidden.NotSupportRAM',
  'Abs.InvalidAccount.NotFound',
  'InvalidUserType.NotSupported',
  'Forbidden.RegionId',
];

describe('the error catalogue', () => {
  it('knows every code of the seed tables', () => {
    const known = new Set(catalogueCodes());
    assert.deepStrictEqual(
      SEED_CODES.filter((code) => !known.has(code)),
      [],
    );
  });

  it('gives every code it knows a meaning, advice and a documentation link', () => {
    for (const code of catalogueCodes()) {
      const explanation = explain(code);
      assert.ok(explanation.meaning.length > 10 && explanation.meaning.endsWith('.'), `${code} meaning`);
      assert.ok(explanation.advice.length > 10, `${code} advice`);
      const links = errorLinks({ code, requestId: 'R-1', docUrl: explanation.docUrl, action: 'AttachNetworkInterface' });
      assert.match(links.primary, /^https:\/\//, code);
      assert.strictEqual(
        links.apiReference,
        'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-attachnetworkinterface',
      );
    }
  });

  it('explains an unknown code plainly and still links the troubleshooting page', () => {
    const explanation = explain('Some.NewCode');
    assert.strictEqual(explanation.kind, 'unknown');
    assert.strictEqual(
      errorLinks({ code: 'Some.NewCode', requestId: 'R-9' }).primary,
      'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=Some.NewCode&product=Ecs&requestId=R-9',
    );
  });

  it("prefers the Recommend link ECS sent, and ignores one that is not an https page of Alibaba Cloud's", () => {
    const recommend = 'https://api.aliyun.com/troubleshoot?q=X&product=Ecs&requestId=R-1';
    assert.strictEqual(errorLinks({ code: 'X', recommendUrl: recommend }).primary, recommend);
    assert.strictEqual(errorLinks({ code: 'X', recommendUrl: 'javascript:alert(1)' }).primary, troubleshootUrl('X', undefined));
    for (const elsewhere of [
      'https://evil.example/aliyun.com',
      'https://aliyun.com.evil.example/',
      'https://user@api.aliyun.com.evil/',
      'http://api.aliyun.com/troubleshoot',
    ]) {
      assert.strictEqual(errorLinks({ code: 'X', recommendUrl: elsewhere }).primary, troubleshootUrl('X', undefined), elsewhere);
    }
    const next = 'https://next.api.alibabacloud.com/troubleshoot?q=X';
    assert.strictEqual(errorLinks({ code: 'X', recommendUrl: next }).primary, next);
  });

  it('offers Retry only where retrying can help', () => {
    assert.ok(retryHelps('Throttling.User') && retryHelps('ServiceUnavailable') && retryHelps('NetworkError.Reset'));
    assert.ok(retryHelps('InvalidOperation.InvalidEniState'));
    assert.ok(!retryHelps('Forbidden.RAM') && !retryHelps('InvalidOperation.VpcMismatch') && !retryHelps('EniPerInstanceLimitExceeded'));
  });

  it('links an action to its API reference', () => {
    assert.strictEqual(
      apiReferenceUrl('DetachNetworkInterface'),
      'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-detachnetworkinterface',
    );
  });
});

describe('documentation links in Chinese', () => {
  it('sends a Chinese reader to the Chinese site, and keeps the link ECS recommended as it was', () => {
    assert.strictEqual(docLanguageFor('zh-cn'), 'zh');
    assert.strictEqual(docLanguageFor('en'), 'en');
    assert.strictEqual(
      apiReferenceUrl('AttachNetworkInterface', 'zh'),
      'https://help.aliyun.com/zh/ecs/developer-reference/api-ecs-2014-05-26-attachnetworkinterface',
    );
    assert.strictEqual(
      troubleshootUrl('Forbidden.RAM', 'R-1', 'zh'),
      'https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Ecs&requestId=R-1',
    );
    assert.strictEqual(
      errorLinks({ code: 'NoCredentials', docUrl: explain('NoCredentials').docUrl }, 'zh').primary,
      'https://help.aliyun.com/zh/sdk/developer-reference/v2-manage-node-js-access-credentials',
    );
    const recommend = 'https://api.alibabacloud.com/troubleshoot?q=X';
    assert.strictEqual(errorLinks({ code: 'X', recommendUrl: recommend }, 'zh').primary, recommend);
  });
});

describe('every entry of the error catalogue', () => {
  const KINDS = new Set([
    'state',
    'mismatch',
    'quota',
    'input',
    'notFound',
    'permission',
    'credentials',
    'throttling',
    'server',
    'network',
    'timeout',
    'configuration',
    'conflict',
  ]);
  const chinese = readJson('l10n/bundle.l10n.zh-cn.json');

  it('is filed under its own code, a well-formed ECS-style code', () => {
    for (const code of catalogueCodes()) {
      assert.match(code, /^[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/, JSON.stringify(code));
      assert.strictEqual(explain(code).code, code);
    }
    assert.strictEqual(new Set(catalogueCodes()).size, catalogueCodes().length);
  });

  it('has a kind, and not "unknown"', () => {
    for (const code of catalogueCodes()) {
      assert.ok(KINDS.has(explain(code).kind), `${code}: ${explain(code).kind}`);
    }
  });

  it('has a meaning and advice, each starting a sentence, in English and in Simplified Chinese', () => {
    for (const code of catalogueCodes()) {
      const { meaning, advice } = explain(code);
      for (const words of [meaning, advice]) {
        assert.ok(words.length > 5 && words === words.trim() && /^[A-Z]/.test(words), `${code}: ${JSON.stringify(words)}`);
        assert.ok(chinese[words]?.trim(), `${code}: no Chinese for ${JSON.stringify(words)}`);
        assert.notStrictEqual(chinese[words], words, `${code}: left in English`);
      }
    }
  });

  it('links, when it links a page of its own, an https page of Alibaba Cloud', () => {
    for (const code of catalogueCodes()) {
      const { docUrl } = explain(code);
      if (docUrl === undefined) {
        assert.ok(!('docUrl' in explain(code)), code);
        continue;
      }
      const url = new URL(docUrl);
      assert.strictEqual(url.protocol, 'https:', code);
      assert.ok(/(?:^|\.)(?:alibabacloud\.com|aliyun\.com)$/.test(url.hostname), `${code}: ${docUrl}`);
      assert.ok(url.pathname.length > 1, `${code}: ${docUrl}`);
      assert.strictEqual(url.username + url.password + url.hash, '', `${code}: ${docUrl}`);
    }
  });
});

describe('specific entries of the error catalogue', () => {
  const kinds: ReadonlyArray<readonly [string, string]> = [
    ['InvalidEniId.NotFound', 'notFound'],
    ['InvalidEcsId.NotFound', 'notFound'],
    ['InvalidInstanceId.NotFound', 'notFound'],
    ['InvalidVSwitchId.NotFound', 'notFound'],
    ['InvalidSecurityGroupId.NotFound', 'notFound'],
    ['InvalidInstanceID.Malformed', 'input'],
    ['InvalidParams.EniId', 'input'],
    ['InvalidOperation.InvalidRegion', 'input'],
    ['MissingParameter', 'input'],
    ['InvalidParameter', 'input'],
    ['MissingRegionId', 'input'],
    ['InvalidRegionId.Malformed', 'input'],
    ['InvalidArgument', 'input'],
    ['InvalidOperation.InvalidEcsState', 'state'],
    ['InvalidOperation.InvalidEniState', 'state'],
    ['InvalidOperation.DetachPrimaryEniNotAllowed', 'state'],
    ['InvalidOperation.InvalidEniType', 'state'],
    ['InvalidOperation.EniServiceManaged', 'state'],
    ['IncorrectInstanceStatus', 'state'],
    ['InvalidOperation.AvailabilityZoneMismatch', 'mismatch'],
    ['InvalidOperation.VpcMismatch', 'mismatch'],
    ['InvalidOperation.InvalidGeneration', 'mismatch'],
    ['InvalidOperation.HotPlugNotSupport', 'mismatch'],
    ['EniPerInstanceLimitExceeded', 'quota'],
    ['MaxEniCountExceeded', 'quota'],
    ['InvalidVSwitchId.IpNotEnough', 'quota'],
    ['Forbidden.RAM', 'permission'],
    ['NoPermission', 'permission'],
    ['OperationConflict', 'conflict'],
    ['InvalidAction.NotFound', 'configuration'],
    ['InvalidEndpoint', 'configuration'],
    ['Forbidden.Host', 'configuration'],
    ['InvalidAccessKeyId.NotFound', 'credentials'],
    ['SignatureDoesNotMatch', 'credentials'],
    ['InvalidSecurityToken.Expired', 'credentials'],
    ['NoCredentials', 'credentials'],
    ['InvalidCredentialProfile', 'credentials'],
    ['Throttling', 'throttling'],
    ['Throttling.User', 'throttling'],
    ['Throttling.Api', 'throttling'],
    ['InternalError', 'server'],
    ['ServiceUnavailable', 'server'],
    ['SignatureNonceUsed', 'server'],
    ['InvalidResponse', 'server'],
    ['NetworkError.ConnectionRefused', 'network'],
    ['NetworkError.DnsFailure', 'network'],
    ['NetworkError.NoRoute', 'network'],
    ['NetworkError.Reset', 'network'],
    ['NetworkError.Tls', 'network'],
    ['NetworkError.Proxy', 'network'],
    ['NetworkError', 'network'],
    ['RequestTimeout', 'timeout'],
  ];
  for (const [code, kind] of kinds) {
    it(`files ${code} as ${kind}`, () => {
      assert.strictEqual(explain(code).kind, kind);
    });
  }

  it('links the credential, AccessKey and endpoint pages where they help', () => {
    assert.strictEqual(
      explain('NoCredentials').docUrl,
      'https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-node-js-access-credentials',
    );
    assert.strictEqual(
      explain('InvalidAccessKeyId.NotFound').docUrl,
      'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    );
    assert.strictEqual(
      explain('NetworkError.ConnectionRefused').docUrl,
      'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-endpoint',
    );
    assert.strictEqual(explain('Throttling.User').docUrl, undefined);
  });

  it('explains a throttling code it does not know as throttling', () => {
    assert.deepStrictEqual(explain('Throttling.NewKind'), {
      code: 'Throttling.NewKind',
      kind: 'throttling',
      meaning: 'Too many requests in a short time.',
      advice: 'Wait a moment and try again.',
    });
    assert.strictEqual(explain('User.Throttling').kind, 'unknown');
  });

  it('explains a network code it does not know as the network failing', () => {
    assert.deepStrictEqual(explain('NetworkError.Unheard'), { ...explain('NetworkError'), code: 'NetworkError.Unheard' });
    assert.strictEqual(explain('Proxy.NetworkError').kind, 'unknown');
  });

  it('explains any other code plainly', () => {
    assert.deepStrictEqual(explain('Some.NewCode'), {
      code: 'Some.NewCode',
      kind: 'unknown',
      meaning: 'ECS refused the request.',
      advice: 'See the message from ECS and the troubleshooting page.',
    });
  });

  it('offers Retry for timeouts and conflicts, and not for refusals or unknown codes', () => {
    assert.strictEqual(retryHelps('RequestTimeout'), true);
    assert.strictEqual(retryHelps('OperationConflict'), true);
    assert.strictEqual(retryHelps('InternalError'), true);
    assert.strictEqual(retryHelps('IncorrectInstanceStatus'), true);
    assert.strictEqual(retryHelps('Some.NewCode'), false);
    assert.strictEqual(retryHelps('InvalidParameter'), false);
    assert.strictEqual(retryHelps('NoCredentials'), false);
    assert.strictEqual(retryHelps('InvalidEndpoint'), false);
    assert.strictEqual(retryHelps('InvalidEniId.NotFound'), false);
  });
});
