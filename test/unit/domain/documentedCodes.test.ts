import * as assert from 'node:assert';
import { catalogueCodes, explain } from '../../../src/domain/errorCatalogue';

/**
 * The error codes Alibaba Cloud's API reference documents for AttachNetworkInterface, all 40 of them:
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-attachnetworkinterface
 * (the whole table, with HTTP statuses, is on the API reference page).
 */
const ATTACH_NETWORK_INTERFACE = [
  'MissingParameter',
  'UnsupportedParameter',
  'InvalidParameter',
  'InvalidInstanceID.Malformed',
  'InvalidOperation.InvalidRegion',
  'InvalidOperation.InvalidEcsState',
  'InvalidOperation.InvalidEniState',
  'InvalidOperation.DetachPrimaryEniNotAllowed',
  'Forbidden.RegionId',
  'InvalidOperation.InvalidGeneration',
  'InvalidParams.EniId',
  'InvalidUserType.NotSupported',
  'Abs.InvalidAccount.NotFound',
  'Forbidden.NotSupportRAM',
  'Forbidden.SubUser',
  'MaxEniCountExceeded',
  'EniPerInstanceLimitExceeded',
  'InvalidOperation.AvailabilityZoneMismatch',
  'InvalidOperation.VpcMismatch',
  'SecurityGroupInstanceLimitExceed',
  'InvalidSecurityGroupId.NotVpc',
  'InvalidOperation.InvalidEniType',
  'InvalidInstanceId.NotFound',
  'InvalidEni.NotSameVpc',
  'InvalidOperation.Ipv4CountExceeded',
  'InvalidOperation.EniServiceManaged',
  'InvalidOperation.Ipv6NotSupport',
  'InvalidOperation.HotPlugNotSupport',
  'InvalidOperation.InvalidTrunkEniStatus',
  'InvalidOperation.InstanceTypeNotSupportEniTrunking',
  'InvalidOperation.EniTypeNotSupportTrunking',
  'InvalidParameter.EniNotBelongTrunk',
  'InvalidParameter.EniNotBelongEcs',
  'InvalidParameter.InvalidEniQueueNumber',
  'InvalidOperation.MaxEniQueueNumberExceeded',
  'InvalidOperation.ExceedInstanceTypeQueueNumber',
  'InvalidEcsId.NotFound',
  'InvalidEniId.NotFound',
  'InvalidVSwitchId.NotFound',
  'InvalidSecurityGroupId.NotFound',
] as const;

/**
 * The error codes the API reference documents for DetachNetworkInterface (revision of 2024-12-31; the table lists
 * InvalidOperation.InvalidEcsState twice, so 38 codes in 39 rows):
 * https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-detachnetworkinterface
 */
const DETACH_NETWORK_INTERFACE = [
  'MissingParameter',
  'UnsupportedParameter',
  'InvalidParameter',
  'InvalidInstanceID.Malformed',
  'InvalidOperation.InvalidRegion',
  'InvalidOperation.InvalidEcsState',
  'InvalidOperation.InvalidEniState',
  'InvalidOperation.DetachPrimaryEniNotAllowed',
  'Forbidden.RegionId',
  'InvalidParams.EniId',
  'InvalidParameter.EniNotBelongEcs',
  'InvalidOperation.EniHotPlugNotSupported',
  'InvalidUserType.NotSupported',
  'Abs.InvalidAccount.NotFound',
  'Forbidden.NotSupportRAM',
  'Forbidden.SubUser',
  'MaxEniCountExceeded',
  'EniPerInstanceLimitExceeded',
  'InvalidOperation.AvailabilityZoneMismatch',
  'InvalidOperation.VpcMismatch',
  'SecurityGroupInstanceLimitExceed',
  'InvalidSecurityGroupId.NotVpc',
  'InvalidOperation.InvalidEniType',
  'InvalidOperation.EniServiceManaged',
  'InvalidOperation.EniLinked',
  'InvalidInstanceId.NotFound',
  'InvalidOperation.HotPlugNotSupport',
  'InvalidOperation.InvalidTrunkEniStatus',
  'InvalidOperation.TrunkingIsNotAllowed',
  'InvalidOperation.InstanceTypeNotSupportEniTrunking',
  'InvalidParameter.EniNotBelongTrunk',
  'InvalidOperation.EniTypeNotSupportTrunking',
  'InvalidOperation.HasMemberEniAttached',
  'InvalidEcsId.NotFound',
  'InvalidEniId.NotFound',
  'InvalidVSwitchId.NotFound',
  'InvalidSecurityGroupId.NotFound',
  'InternalError',
] as const;

const DOCUMENTED: ReadonlyArray<readonly [action: string, codes: readonly string[], count: number]> = [
  ['AttachNetworkInterface', ATTACH_NETWORK_INTERFACE, 40],
  ['DetachNetworkInterface', DETACH_NETWORK_INTERFACE, 38],
];

describe('the codes documented for AttachNetworkInterface and DetachNetworkInterface', () => {
  for (const [action, codes, count] of DOCUMENTED) {
    it(`holds ${action}'s list whole, each code once`, () => {
      assert.strictEqual(new Set(codes).size, codes.length, `${action} lists a code twice`);
      assert.strictEqual(codes.length, count);
    });

    it(`explains every code ${action} documents`, () => {
      const known = new Set(catalogueCodes());
      assert.deepStrictEqual(
        codes.filter((code) => !known.has(code)),
        [],
        `codes of ${action} missing from the error catalogue`,
      );
      assert.deepStrictEqual(
        codes.filter((code) => explain(code).kind === 'unknown'),
        [],
      );
    });
  }
});
