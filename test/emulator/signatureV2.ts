import { createHmac, timingSafeEqual } from 'node:crypto';
import { EmulatorError } from './errors';
import { canonicalQuery, percentEncode } from './signatureV3';

/** The parameters every legacy RPC request carries besides the action's own. */
export const RPC_COMMON_PARAMETERS = [
  'Action',
  'Format',
  'Version',
  'Timestamp',
  'SignatureNonce',
  'SignatureMethod',
  'SignatureVersion',
  'AccessKeyId',
  'Signature',
  'SecurityToken',
];

/**
 * Verifies the legacy RPC signature (HMAC-SHA1, SignatureVersion 1.0): the SDK's `signatureAlgorithm: 'v2'`,
 * `@alicloud/pop-core` and the like. `params` are the query and the form body together, `method` is GET or POST.
 */
export function verifyV2(method: string, params: ReadonlyArray<readonly [string, string]>, secret: string): void {
  const signature = params.find(([key]) => key === 'Signature')?.[1];
  const signatureMethod = params.find(([key]) => key === 'SignatureMethod')?.[1];
  if (!signature || signatureMethod !== 'HMAC-SHA1') {
    throw new EmulatorError('IncompleteSignature', 400, 'The request signature does not conform to Aliyun standards.');
  }
  const canonical = canonicalQuery(params.filter(([key]) => key !== 'Signature'));
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  const expected = createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
    throw new EmulatorError(
      'SignatureDoesNotMatch',
      400,
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
    );
  }
}
