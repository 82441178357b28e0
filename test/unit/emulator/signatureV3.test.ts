import * as assert from 'node:assert';
import { canonicalQuery, canonicalRequest, parseAuthorization, percentEncode } from '../../emulator/signatureV3';

describe('emulator V3 signature pieces', () => {
  it('encodes as RFC 3986 wants, stricter than the query the SDK sends', () => {
    assert.strictEqual(percentEncode("a b*(x)!'~"), 'a%20b%2A%28x%29%21%27~');
  });

  it('builds the canonical query of a captured SDK request', () => {
    const query: Array<[string, string]> = [
      ['NetworkInterfaceId.2', 'eni-2'],
      ['Tag.1.Value', 'a b*(x)'],
      ['MaxResults', '50'],
      ['RegionId', 'cn-hangzhou'],
      ['NetworkInterfaceId.1', 'eni-1'],
      ['Status', 'Available'],
      ['Tag.1.Key', 'env'],
    ];
    assert.strictEqual(
      canonicalQuery(query),
      'MaxResults=50&NetworkInterfaceId.1=eni-1&NetworkInterfaceId.2=eni-2&RegionId=cn-hangzhou&Status=Available&Tag.1.Key=env&Tag.1.Value=a%20b%2A%28x%29',
    );
  });

  it('leaves an empty line between the canonical headers and the signed header list', () => {
    const request = canonicalRequest(
      {
        method: 'POST',
        pathname: '/',
        query: [],
        body: Buffer.alloc(0),
        headers: { host: '127.0.0.1:1', 'x-acs-action': 'DescribeRegions' },
      },
      ['host', 'x-acs-action'],
    );
    assert.strictEqual(
      request,
      'POST\n/\n\nhost:127.0.0.1:1\nx-acs-action:DescribeRegions\n\nhost;x-acs-action\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('rejects an Authorization header that is not ACS3-HMAC-SHA256', () => {
    assert.throws(() => parseAuthorization('Bearer x'), { code: 'IncompleteSignature' });
    assert.throws(() => parseAuthorization(undefined), { code: 'IncompleteSignature' });
    assert.deepStrictEqual(parseAuthorization('ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host;x-acs-date,Signature=0a1b'), {
      accessKeyId: 'ak',
      signedHeaders: ['host', 'x-acs-date'],
      signature: '0a1b',
    });
  });
});
