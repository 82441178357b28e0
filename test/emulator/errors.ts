/** An ECS error as the gateway sends it: code, HTTP status and message. */
export class EmulatorError extends Error {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
  }
}

const error = (code: string, status: number, message: string) => (): EmulatorError => new EmulatorError(code, status, message);

/** `MissingInstanceId` and the like: the gateway's answer when a required parameter is absent. */
export const missingParameter = (name: string): EmulatorError =>
  new EmulatorError(`Missing${name}`, 400, `${name} is mandatory for this action.`);

/** A required parameter sent with an empty value; ECS's ENI documentation lists `MissingParameter` for it. */
export const emptyParameter = (name: string): EmulatorError =>
  new EmulatorError(
    'MissingParameter',
    400,
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );

export const invalidParameter = (name: string, detail = ''): EmulatorError =>
  new EmulatorError(`Invalid${name}`, 400, `Specified parameter ${name} is not valid.${detail ? ` ${detail}` : ''}`);

export const errors = {
  regionNotFound: error('InvalidRegionId.NotFound', 404, 'The specified RegionId does not exist.'),
  /** The ENI actions' own code for an unknown region (AttachNetworkInterface/DetachNetworkInterface tables). */
  invalidRegionForEni: error('InvalidOperation.InvalidRegion', 400, 'The specified region is invalid.'),
  eniNotFound: error('InvalidEniId.NotFound', 404, 'The specified EniId is not found.'),
  ecsNotFound: error('InvalidEcsId.NotFound', 404, 'The specified EcsId is not found.'),
  instanceNotFound: error('InvalidInstanceId.NotFound', 404, 'The specified InstanceId does not exist.'),
  instanceIdMalformed: error('InvalidInstanceID.Malformed', 400, 'The specified InstanceId is malformed.'),
  eniIdMalformed: error('InvalidParams.EniId', 400, 'The specified NetworkInterfaceId is malformed.'),
  invalidEniType: error('InvalidOperation.InvalidEniType', 403, 'The operation is not allowed in the current ENI type.'),
  eniServiceManaged: error(
    'InvalidOperation.EniServiceManaged',
    403,
    'The specified ENI is managed by another cloud service and cannot be operated on.',
  ),
  invalidEniState: (expected: string, current: string): EmulatorError =>
    new EmulatorError(
      'InvalidOperation.InvalidEniState',
      400,
      `The operation is not allowed in the current ENI state. Expecting status is “${expected}” while current status is “${current}”.`,
    ),
  invalidEcsState: (detail = ''): EmulatorError =>
    new EmulatorError(
      'InvalidOperation.InvalidEcsState',
      400,
      `The operation is not allowed in the current ECS state.${detail ? ` ${detail}` : ''}`,
    ),
  invalidGeneration: error(
    'InvalidOperation.InvalidGeneration',
    400,
    'The instance type of the specified instance does not support elastic network interfaces.',
  ),
  vpcMismatch: error('InvalidOperation.VpcMismatch', 403, 'The VPC of the specified ENI and security group are not in the same VPC.'),
  zoneMismatch: error(
    'InvalidOperation.AvailabilityZoneMismatch',
    403,
    'The VPC VSwitch of the specified ENI and ECS instance are not in the same availability zone.',
  ),
  eniPerInstanceLimit: error(
    'EniPerInstanceLimitExceeded',
    403,
    'The number of ENI exceeds the limit for the type of instance you are trying to launch.',
  ),
  maxEniCount: error('MaxEniCountExceeded', 403, 'The number of ENI exceeds the limit per region.'),
  detachPrimary: error('InvalidOperation.DetachPrimaryEniNotAllowed', 400, 'Detaching primary ENI from ECS instance is not allowed.'),
  unsupportedParameter: error('UnsupportedParameter', 400, 'The parameters is unsupported.'),
  incorrectInstanceStatus: error('IncorrectInstanceStatus', 403, 'The current status of the resource does not support this operation.'),
  vSwitchNotFound: error('InvalidVSwitchId.NotFound', 404, 'The specified VSwitchId does not exist.'),
  securityGroupNotFound: error('InvalidSecurityGroupId.NotFound', 404, 'The specified SecurityGroupId does not exist.'),
  /**
   * A request with neither a V3 Authorization nor a V2 `Signature`, which every RPC call must carry
   * (https://www.alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism). Code, status and message are those
   * Alibaba Cloud's API gateway answers such a call with (its `Recommend` link:
   * https://next.api.aliyun.com/troubleshoot?q=MissingSignature).
   */
  missingSignature: error('MissingSignature', 400, 'Signature is mandatory for this action.'),
  forbiddenRam: error('Forbidden.RAM', 403, "User not authorized to operate on the specified resource, or this API doesn't support RAM."),
  throttlingUser: error('Throttling.User', 400, 'Request was denied due to user flow control.'),
  serviceUnavailable: error('ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server.'),
  internalError: error('InternalError', 500, 'The request processing has failed due to some unknown error, exception or failure.'),
  operationConflict: error('OperationConflict', 409, 'Request was denied due to conflict with a previous request.'),
} as const;

/** Status and message of the codes fault injection may answer with. */
export function errorForCode(code: string): EmulatorError {
  const known: Record<string, () => EmulatorError> = {
    'Throttling.User': errors.throttlingUser,
    Throttling: error('Throttling', 400, 'Request was denied due to request throttling.'),
    'Throttling.Api': error('Throttling.Api', 400, 'Request was denied due to api flow control.'),
    ServiceUnavailable: errors.serviceUnavailable,
    InternalError: errors.internalError,
    OperationConflict: errors.operationConflict,
    'Forbidden.RAM': errors.forbiddenRam,
  };
  return known[code]?.() ?? new EmulatorError(code, 400, `Injected error ${code}.`);
}
