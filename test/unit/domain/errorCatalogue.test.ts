import * as assert from 'node:assert';
import { apiReferenceUrl, docLanguageFor, errorLinks, troubleshootUrl } from '../../../src/domain/docLinks';
import { catalogueCodes, explain, retryHelps } from '../../../src/domain/errorCatalogue';

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
