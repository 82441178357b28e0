/** What kind of failure a code is: it decides whether retrying can help and how the notification reads. */
export type ErrorKind =
  | 'state'
  | 'mismatch'
  | 'quota'
  | 'input'
  | 'notFound'
  | 'permission'
  | 'credentials'
  | 'throttling'
  | 'server'
  | 'network'
  | 'timeout'
  | 'configuration'
  | 'conflict'
  | 'unknown';

export interface ErrorExplanation {
  readonly code: string;
  readonly kind: ErrorKind;
  /** One line, in plain words: what the code means. */
  readonly meaning: string;
  /** What to do about it. */
  readonly advice: string;
  /** A page about this failure when it is ours, not ECS's (ECS codes link to the troubleshooting page). */
  readonly docUrl?: string;
}

const CREDENTIALS_DOC = 'https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-node-js-access-credentials';
const ACCESS_KEY_DOC = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';
const ENDPOINT_DOC = 'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-endpoint';

type Row = readonly [code: string, kind: ErrorKind, meaning: string, advice: string, docUrl?: string];

/**
 * Every code the extension can meet: the AttachNetworkInterface and DetachNetworkInterface tables, the gateway's common
 * codes, the other actions', the emulator's, ours (test/unit/domain/documentedCodes.test.ts and emulatorCodes.test.ts check).
 */
// A table: one code a row, as the API reference lists them.
// prettier-ignore
const ROWS: readonly Row[] = [
  // AttachNetworkInterface / DetachNetworkInterface
  ['InvalidEniId.NotFound', 'notFound', 'The network interface does not exist in this region.', 'Refresh the view: it may have been deleted, or it is in another region.'],
  ['InvalidEcsId.NotFound', 'notFound', 'The instance does not exist in this region.', 'Refresh the view: it may have been released, or it is in another region.'],
  ['InvalidInstanceId.NotFound', 'notFound', 'The instance does not exist.', 'Refresh the view and check the instance id and region.'],
  ['InvalidInstanceID.Malformed', 'input', 'The instance id is not in the form ECS uses.', 'Instance ids look like i-bp1h4adlltjc1d48goaq.'],
  ['InvalidParams.EniId', 'input', 'The network interface id is not in the form ECS uses.', 'Network interface ids look like eni-bp17pdijfczax1huji00.'],
  ['InvalidOperation.InvalidRegion', 'input', 'The region is not valid for this operation.', 'Pick the region the instance and the network interface are in.'],
  ['InvalidOperation.InvalidEcsState', 'state', 'The instance is not in a state that allows this.', 'The instance must be Running or Stopped; some instance types must be Stopped, and an instance last started before April 2018 must be restarted first.'],
  ['InvalidOperation.InvalidEniState', 'state', 'The network interface is not in a state that allows this.', 'Attach needs an Available network interface, detach an attached one. Wait for it to settle, refresh, and try again.'],
  ['InvalidOperation.DetachPrimaryEniNotAllowed', 'state', 'A primary network interface cannot be detached.', 'The primary network interface lives and dies with its instance; detach a secondary one instead.'],
  ['InvalidOperation.InvalidEniType', 'state', 'This type of network interface cannot be attached this way.', 'Only secondary (and trunk) network interfaces can be attached; primary and member ones cannot.'],
  ['InvalidOperation.EniServiceManaged', 'state', 'Another Alibaba Cloud service manages this network interface.', 'Change it through the service that created it.'],
  ['InvalidOperation.AvailabilityZoneMismatch', 'mismatch', 'The network interface and the instance are in different zones.', 'Attach a network interface whose vSwitch is in the instance\'s zone.'],
  ['InvalidOperation.VpcMismatch', 'mismatch', 'The network interface and the instance are in different VPCs.', 'Attach a network interface of the instance\'s VPC.'],
  ['EniPerInstanceLimitExceeded', 'quota', 'The instance has as many network interfaces as its type allows.', 'Detach one first, or change to an instance type that allows more (the limit counts the primary one).'],
  ['MaxEniCountExceeded', 'quota', 'The account has as many network interfaces in this region as its quota allows.', 'Delete unused network interfaces, or raise the quota in the Quota Center.'],
  ['InvalidOperation.Ipv4CountExceeded', 'quota', 'The network interface has more IPv4 addresses than the instance type allows.', 'Remove secondary private IP addresses from it, or attach it to a larger instance type.'],
  ['InvalidOperation.Ipv6NotSupport', 'mismatch', 'The instance type does not support IPv6, and the network interface has IPv6 addresses.', 'Remove its IPv6 addresses, or attach it to a type that supports IPv6.'],
  ['InvalidOperation.InvalidGeneration', 'mismatch', 'This instance type does not support elastic network interfaces.', 'Only I/O optimized instance types in a VPC take network interfaces; change the instance type.'],
  ['InvalidOperation.EniLinked', 'state', 'The network interface is linked to another network interface.', 'Remove the link (for example its member network interfaces) first.'],
  ['InvalidOperation.HasMemberEniAttached', 'state', 'The trunk network interface still has member network interfaces.', 'Detach its member network interfaces first.'],
  ['InvalidEni.NotSameVpc', 'mismatch', 'The network interface and the resource named with it are in different VPCs.', 'Attach a network interface of the instance\'s VPC.'],
  ['InvalidSecurityGroupId.NotVpc', 'mismatch', 'The security group is not of the VPC network type.', 'Use a security group of the network interface\'s VPC.'],
  ['SecurityGroupInstanceLimitExceed', 'quota', 'The security group already holds as many instances as it can.', 'Use another security group of the VPC for the network interface, or remove instances from this one.'],
  ['InvalidOperation.HotPlugNotSupport', 'mismatch', 'This cannot be done while the instance is running.', 'Stop the instance, attach or detach the network interface, then start the instance again.'],
  ['InvalidOperation.EniHotPlugNotSupported', 'mismatch', 'A network interface in HighPerformance (RDMA) traffic mode cannot be attached or detached while its instance is running.', 'Stop the instance, attach or detach the network interface, then start the instance again.'],
  ['InvalidParameter.EniNotBelongEcs', 'mismatch', 'The network interface is not attached to this instance.', 'Refresh the view: it may have been detached, or attached to another instance, since the list was read.'],
  // Trunk network interfaces and their members
  ['InvalidOperation.InvalidTrunkEniStatus', 'state', 'The trunk network interface is not in a state that allows this.', 'Wait for the trunk network interface to settle, refresh, and try again.'],
  ['InvalidOperation.InstanceTypeNotSupportEniTrunking', 'mismatch', 'This instance type does not support trunk network interfaces.', 'Use an instance type that supports trunking, or a secondary network interface instead of a trunk one.'],
  ['InvalidOperation.EniTypeNotSupportTrunking', 'mismatch', 'This type of network interface does not support trunking.', 'Pick a trunk network interface, or attach or detach this one without trunking.'],
  ['InvalidParameter.EniNotBelongTrunk', 'mismatch', 'The network interface is not in trunk mode.', 'Pick a trunk network interface, or attach or detach this one without trunking.'],
  ['InvalidOperation.TrunkingIsNotAllowed', 'mismatch', 'Trunk operations are not allowed on this network interface.', 'Check in the ECS console that the trunk network interface is InUse on an instance type that supports trunking.'],
  // Network interface queues (QueueNumber)
  ['InvalidParameter.InvalidEniQueueNumber', 'input', 'The queue number of the network interface is not valid.', 'Use a queue number from 1 to the instance type\'s maximum per network interface (MaximumQueueNumberPerEni).'],
  ['InvalidOperation.MaxEniQueueNumberExceeded', 'quota', 'The network interface has more queues than the instance type allows per network interface.', 'Lower its queue number, or attach it to an instance type that allows more.'],
  ['InvalidOperation.ExceedInstanceTypeQueueNumber', 'quota', 'The instance\'s network interfaces together have more queues than its type allows.', 'Lower the queue number of this or another network interface, detach one, or change to a larger instance type.'],
  ['UnsupportedParameter', 'input', 'The request used a parameter ECS does not support here.', 'Leave the parameter out.'],
  ['MissingParameter', 'input', 'A required parameter was empty.', 'Fill in every required value.'],
  ['InvalidParameter', 'input', 'A parameter has a value ECS does not accept.', 'Check the values against the API reference.'],
  ['Forbidden.SubUser', 'permission', 'This RAM user may not do this.', 'Ask an administrator for the permission, or use another account.'],
  ['Forbidden.NotSupportRAM', 'permission', 'This operation does not support RAM users.', 'Use the Alibaba Cloud account itself.'],
  ['Abs.InvalidAccount.NotFound', 'permission', 'The Alibaba Cloud account was not found or is not in good standing.', 'Check the account in the Alibaba Cloud console.'],
  ['InvalidUserType.NotSupported', 'permission', 'This kind of account cannot do this.', 'Use an account type that supports the operation.'],
  ['Forbidden.RegionId', 'permission', 'The service is not available to this account in this region.', 'Pick another region, or enable the service for this region.'],
  ['OperationConflict', 'conflict', 'Another operation on the same resource is still running.', 'Wait a moment and try again.'],
  // The gateway's common codes
  ['InvalidAction.NotFound', 'configuration', 'The endpoint does not know this API.', 'Check the endpoint setting: it must be an ECS endpoint.'],
  ['InvalidVersion', 'configuration', 'The endpoint does not know this API version.', 'Check the endpoint setting: it must be an ECS endpoint.'],
  ['IncompleteSignature', 'credentials', 'The request signature is incomplete.', 'Check the clock of this machine and the credentials in use.'],
  ['InvalidAccessKeyId.NotFound', 'credentials', 'The AccessKey ID is not known to Alibaba Cloud.', 'Check the AccessKey ID, or sign in with another one.', ACCESS_KEY_DOC],
  ['InvalidAccessKeyId.Inactive', 'credentials', 'The AccessKey is disabled.', 'Enable it in the RAM console, or sign in with another one.', ACCESS_KEY_DOC],
  ['Forbidden.AccessKeyDisabled', 'credentials', 'The AccessKey is disabled.', 'Enable it in the RAM console, or sign in with another one.', ACCESS_KEY_DOC],
  ['SignatureDoesNotMatch', 'credentials', 'The AccessKey secret does not match the AccessKey ID.', 'Check the secret, or sign in again with the right pair.', ACCESS_KEY_DOC],
  ['InvalidTimeStamp.Expired', 'credentials', 'The request\'s time is more than 15 minutes away from Alibaba Cloud\'s.', 'Set this machine\'s clock right (turn on network time).'],
  ['InvalidTimeStamp.Format', 'credentials', 'The request\'s time was not in the expected form.', 'Set this machine\'s clock right and try again.'],
  ['SignatureNonceUsed', 'server', 'ECS saw the same request twice.', 'Send the request again; each attempt gets a new nonce.'],
  ['InvalidSecurityToken.Expired', 'credentials', 'The temporary (STS) credentials have expired.', 'Get fresh temporary credentials, or switch to a profile that renews them.', CREDENTIALS_DOC],
  ['InvalidSecurityToken.Malformed', 'credentials', 'The security token is not valid.', 'Check the STS token in your credentials.', CREDENTIALS_DOC],
  ['InvalidSecurityToken.MismatchWithAccessKey', 'credentials', 'The security token belongs to other temporary credentials.', 'Use the AccessKey ID, secret and token issued together.', CREDENTIALS_DOC],
  ['MissingSecurityToken', 'credentials', 'Temporary credentials were used without their security token.', 'Add the STS token to your credentials.', CREDENTIALS_DOC],
  ['MissingAccessKeyId', 'credentials', 'The request carried no AccessKey ID.', 'Sign in with an AccessKey, or check the credential profile in use.', CREDENTIALS_DOC],
  ['Forbidden.AccountNotFound', 'credentials', 'No Alibaba Cloud account goes with this AccessKey.', 'Check the AccessKey in the RAM console, or sign in with another one.', ACCESS_KEY_DOC],
  ['MissingSignature', 'credentials', 'The request carried no signature.', 'The SDK signs every request it sends; check the credentials in use and the endpoint setting.', CREDENTIALS_DOC],
  ['Forbidden.RAM', 'permission', 'This RAM identity has no permission for this operation.', 'Ask an administrator to grant it (for example ecs:AttachNetworkInterface) in RAM.'],
  ['NoPermission', 'permission', 'This identity has no permission for this operation.', 'Ask an administrator to grant the permission in RAM.'],
  ['Throttling', 'throttling', 'Too many requests in a short time.', 'Wait a moment; the extension already retried a few times.'],
  ['Throttling.User', 'throttling', 'This account sent too many requests in a short time.', 'Wait a moment; the extension already retried a few times.'],
  ['Throttling.Api', 'throttling', 'This API is receiving too many requests.', 'Wait a moment; the extension already retried a few times.'],
  ['InternalError', 'server', 'ECS failed to process the request.', 'Try again; if it keeps failing, contact Alibaba Cloud support with the request id.'],
  ['ServiceUnavailable', 'server', 'ECS is temporarily unavailable.', 'Try again in a moment.'],
  ['MissingRegionId', 'input', 'The request named no region.', 'Pick a region.'],
  ['InvalidRegionId.NotFound', 'input', 'The region does not exist, or this account cannot use it.', 'Run Select Regions… and choose from the regions ECS lists.'],
  // Other actions the extension calls
  ['IncorrectInstanceStatus', 'state', 'The instance is not in a state that allows this.', 'Start needs a Stopped instance, stop and restart a Running one. Wait for it to settle and try again.'],
  ['InvalidVSwitchId.NotFound', 'notFound', 'The vSwitch does not exist.', 'Check the vSwitch id and region.'],
  ['InvalidSecurityGroupId.NotFound', 'notFound', 'The security group does not exist.', 'Check the security group id and region.'],
  ['DryRunOperation', 'input', 'The request would succeed (it was a dry run).', 'Send it without DryRun to carry it out.'],
  ['InvalidNextToken', 'input', 'The paging token is not valid any more.', 'Refresh the list.'],
  ['MissingInstanceId', 'input', 'The request named no instance.', 'Pick an instance.'],
  ['MissingNetworkInterfaceId', 'input', 'The request named no network interface.', 'Pick a network interface.'],
  ['InvalidInstanceIds.Malformed', 'input', 'The list of instance ids is not valid.', 'Instance ids look like i-bp1h4adlltjc1d48goaq.'],
  ['InvalidStatus.ValueNotSupported', 'input', 'The status filter is not one ECS knows.', 'Use Pending, Running, Starting, Stopping or Stopped.'],
  ['InvalidPageSize', 'input', 'The page size is out of range.', 'Use 1 to 100.'],
  ['InvalidPageNumber', 'input', 'The page number is out of range.', 'Use 1 or more.'],
  ['InvalidMaxResults', 'input', 'The page size is not a number ECS accepts.', 'Use a whole number.'],
  ['InvalidStatus', 'input', 'The network interface status filter is not one ECS knows.', 'Use Available, Attaching, InUse, Detaching or Deleting.'],
  ['InvalidType', 'input', 'The network interface type filter is not one ECS knows.', 'Use Primary, Secondary, Trunk or Member.'],
  ['InvalidInstanceType', 'input', 'The type given is not one ECS knows for this request.', 'Instance types look like ecs.g7.large; a new network interface is Secondary or Trunk.'],
  ['InvalidNetworkCardIndex', 'input', 'The physical network card index is not a number ECS accepts.', 'Use a whole number from the instance type\'s NetworkCards list, or leave it out.'],
  ['MissingSecurityGroupId', 'input', 'The request named no security group.', 'Pick a security group of the VPC.'],
  ['MissingVSwitchId', 'input', 'The request named no vSwitch.', 'Pick a vSwitch in the instance\'s zone.'],
  ['InvalidVSwitchId.IpNotEnough', 'quota', 'The vSwitch has no free private IP addresses left.', 'Delete unused network interfaces in the vSwitch, or use another vSwitch of the same zone.'],
  // The ENI lifecycle: CreateNetworkInterface, DeleteNetworkInterface, ModifyNetworkInterfaceAttribute, TagResources, UntagResources.
  ['IncorrectVSwitchStatus', 'state', 'The vSwitch is not Available (it is still being set up).', 'Wait until the vSwitch is Available, or choose another vSwitch.'],
  ['JoinedGroupLimitExceed', 'quota', 'The network interface would join more security groups than allowed (five unless the quota was raised).', 'Choose fewer security groups, or ask for a higher quota in a ticket.'],
  ['InvalidVSwitchId.IpInvalid', 'input', 'The private IP address cannot be used in this vSwitch: it is malformed, outside its CIDR block, or one it reserves.', 'Give a free address inside the vSwitch\'s CIDR block (not its first or last three), or leave it empty to let ECS choose.'],
  ['InvalidPrivateIpAddress.Duplicated', 'conflict', 'The private IP address is already in use.', 'Choose another address of the vSwitch, or leave it empty to let ECS choose.'],
  ['InvalidParams.NetworkInterfaceName', 'input', 'The network interface name is not of the accepted form.', 'Use 2 to 128 characters starting with a letter or a Chinese character: letters, digits, periods, underscores, hyphens and colons.'],
  ['InvalidDescription.Malformed', 'input', 'The description is not of the accepted form.', 'Use 2 to 255 characters that do not start with http:// or https://.'],
  ['QuotaExceed.Tags', 'quota', 'More tags were given than a resource can hold (20).', 'Give at most 20 tags.'],
  ['NumberExceed.Tags', 'quota', 'The request names more tags than one call allows (20).', 'Name at most 20 tags at a time.'],
  ['OperationDenied.QuotaExceed', 'quota', 'The resource would hold more tags than allowed (20).', 'Remove some of its tags first.'],
  ['InvalidTagKey.Malformed', 'input', 'A tag key is not of the accepted form.', 'Use a key of 1 to 128 characters that does not start with aliyun or acs: and does not contain http:// or https://.'],
  ['InvalidTagValue.Malformed', 'input', 'A tag value is not of the accepted form.', 'Use a value of at most 128 characters that does not start with acs: and does not contain http:// or https://.'],
  ['Duplicate.TagKey', 'input', 'The same tag key is given twice.', 'Give each tag key once.'],
  ['InvalidResourceType.NotFound', 'input', 'ECS does not know the resource type named in the request.', 'This is a fault of the calling program; report it.'],
  ['InvalidResourceId.NotFound', 'notFound', 'A resource named in the request does not exist (any longer).', 'Refresh the view; it may have been deleted.'],
  ['InvalidSecurityGroupId.SingleIdAndMultiIdConflict', 'input', 'The request named security groups in two ways at once.', 'This is a fault of the calling program; report it.'],
  ['InvalidParameter.SecurityGroupIdRepeated', 'input', 'The same security group is named twice.', 'Name each security group once.'],
  ['IdempotentParameterMismatch', 'conflict', 'The request reused the client token of an earlier, different request.', 'Send it again as a new request.'],
  ['InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc', 'state', 'Only the name and description of a primary network interface can be changed.', 'Change the security groups of the instance instead.'],
  ['MissingParameter.ResourceType', 'input', 'The request did not say which kind of resource to tag.', 'This is a fault of the calling program; report it.'],
  ['MissingParameter.ResourceIds', 'input', 'The request named no resource to tag.', 'This is a fault of the calling program; report it.'],
  ['MissingParameter.Tags', 'input', 'The request named no tag.', 'Give at least one tag.'],
  ['NumberExceed.ResourceIds', 'quota', 'The request names more resources than one call allows (50).', 'Tag at most 50 resources at a time.'],
  ['Param.Conflict', 'input', 'The request asked to remove all tags and named tags as well.', 'This is a fault of the calling program; report it.'],
  ['InvalidSecurityGroupIds.Malformed', 'input', 'The list of security group ids is not of the accepted form.', 'This is a fault of the calling program; report it.'],
  // Failures before ECS answered (the extension's own codes)
  ['NetworkError.ConnectionRefused', 'network', 'The endpoint refused the connection.', 'Check the endpoint setting; if it is the local emulator, start it (npm run emulator).', ENDPOINT_DOC],
  ['NetworkError.DnsFailure', 'network', 'The endpoint\'s host name could not be resolved.', 'Check the network connection and the endpoint setting.', ENDPOINT_DOC],
  ['NetworkError.NoRoute', 'network', 'There is no network route to the endpoint.', 'Check the network connection, VPN and firewall.', ENDPOINT_DOC],
  ['NetworkError.Reset', 'network', 'The connection was closed before ECS answered.', 'Try again; if it keeps happening, a proxy or firewall may be in the way.'],
  ['NetworkError.Tls', 'network', 'The secure connection to the endpoint failed.', 'A proxy that inspects TLS, a wrong clock or an http endpoint used as https can cause this; check the endpoint setting.', ENDPOINT_DOC],
  ['NetworkError.Proxy', 'network', 'A proxy between here and Alibaba Cloud refused the request.', 'Check VS Code\'s http.proxy setting and the proxy\'s credentials.'],
  ['NetworkError', 'network', 'The network failed before ECS answered.', 'Check the network connection and try again.'],
  ['RequestTimeout', 'timeout', 'ECS did not answer in time.', 'Try again, or raise alicloudEcs.requestTimeoutSeconds for a slow connection.'],
  ['NoCredentials', 'credentials', 'No Alibaba Cloud credentials were found.', 'Sign in with an AccessKey, select an aliyun CLI profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.', CREDENTIALS_DOC],
  ['InvalidCredentialProfile', 'credentials', 'The credential profile in use cannot be used: it is missing, unreadable or of an unsupported kind.', 'Choose another profile with Select Profile…, fix the profile file, or sign in with an AccessKey.', CREDENTIALS_DOC],
  ['InvalidResponse', 'server', 'The endpoint answered with something that is not an ECS response.', 'Check the endpoint setting; a proxy or captive portal may be answering instead of ECS.', ENDPOINT_DOC],
  // The local emulator's own refusal (it answers only loopback hosts)
  ['Forbidden.Host', 'configuration', 'The local emulator answers only requests addressed to a loopback host.', 'Set alicloudEcs.endpoint to http://127.0.0.1:<port> or http://localhost:<port>.', ENDPOINT_DOC],
  ['InvalidEndpoint', 'configuration', 'The endpoint setting cannot be used.', 'Clear alicloudEcs.endpoint for Alibaba Cloud, or set a host such as ecs-vpc.cn-hangzhou.aliyuncs.com (https), or 127.0.0.1:8787 for the local emulator.', ENDPOINT_DOC],
  ['InvalidRegionId.Malformed', 'input', 'The region id is not of the form ECS uses; nothing was sent.', 'Region ids look like cn-hangzhou; run Select Regions… and choose from the regions ECS lists.'],
  ['InvalidArgument', 'input', 'The command was given an argument it cannot use; nothing was sent.', 'Run the command from the Resources view, or pass the fields its documentation names.'],
];

const CATALOGUE: ReadonlyMap<string, ErrorExplanation> = new Map(
  ROWS.map(([code, kind, meaning, advice, docUrl]) => [code, { code, kind, meaning, advice, ...(docUrl ? { docUrl } : {}) }]),
);

export const catalogueCodes = (): string[] => [...CATALOGUE.keys()];

/** The explanation of a code; an unknown one still gets a plain explanation (the link and raw message do the rest). */
export function explain(code: string): ErrorExplanation {
  const known = CATALOGUE.get(code);
  if (known) {
    return known;
  }
  if (code.startsWith('Throttling')) {
    return { code, kind: 'throttling', meaning: 'Too many requests in a short time.', advice: 'Wait a moment and try again.' };
  }
  if (code.startsWith('NetworkError')) {
    return { ...(CATALOGUE.get('NetworkError') as ErrorExplanation), code };
  }
  return { code, kind: 'unknown', meaning: 'ECS refused the request.', advice: 'See the message from ECS and the troubleshooting page.' };
}

/** Retrying by hand can help: the cause may pass on its own. */
export function retryHelps(code: string): boolean {
  return ['throttling', 'server', 'network', 'timeout', 'state', 'conflict'].includes(explain(code).kind);
}
