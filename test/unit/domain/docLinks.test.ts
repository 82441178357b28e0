import * as assert from 'node:assert';
import { apiReferenceUrl, errorLinks, helpPage, isAlibabaCloudPage, troubleshootUrl } from '../../../src/domain/docLinks';

describe('documentation links', () => {
  it("takes an https page of Alibaba Cloud's own sites, the bare domains too", () => {
    for (const link of [
      'https://aliyun.com/x',
      'https://alibabacloud.com/',
      'https://help.aliyun.com/zh/ecs',
      'https://ecs.aliyuncs.com/',
    ]) {
      assert.strictEqual(isAlibabaCloudPage(link), true, link);
    }
  });

  it('refuses what is not a link at all', () => {
    for (const link of ['', 'not a link', 'aliyun.com/x', '//aliyun.com/x']) {
      assert.strictEqual(isAlibabaCloudPage(link), false, link);
    }
  });

  it('links the troubleshooting page with the request id only when there is one', () => {
    assert.strictEqual(
      troubleshootUrl('InvalidEniId.NotFound', undefined),
      'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=InvalidEniId.NotFound&product=Ecs',
    );
    assert.strictEqual(
      troubleshootUrl('InvalidEniId.NotFound', ''),
      'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=InvalidEniId.NotFound&product=Ecs',
    );
    assert.strictEqual(troubleshootUrl('X', 'R-1', 'zh'), 'https://api.aliyun.com/troubleshoot?q=X&product=Ecs&requestId=R-1');
  });

  it('links English pages by default and Chinese pages when asked', () => {
    const page = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';
    assert.strictEqual(helpPage(page, 'zh'), 'https://help.aliyun.com/zh/ram/user-guide/create-an-accesskey-pair');
    assert.strictEqual(helpPage(page, 'en'), page);
    assert.strictEqual(
      apiReferenceUrl('StartInstance', 'zh'),
      'https://help.aliyun.com/zh/ecs/developer-reference/api-ecs-2014-05-26-startinstance',
    );
    assert.deepStrictEqual(errorLinks({ code: 'NoCredentials', docUrl: page, action: 'StopInstance' }, 'zh'), {
      primary: 'https://help.aliyun.com/zh/ram/user-guide/create-an-accesskey-pair',
      apiReference: 'https://help.aliyun.com/zh/ecs/developer-reference/api-ecs-2014-05-26-stopinstance',
    });
    assert.deepStrictEqual(errorLinks({ code: 'X' }), {
      primary: 'https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=X&product=Ecs',
      apiReference: undefined,
    });
  });
});
