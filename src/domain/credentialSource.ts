/** Where the extension takes its Alibaba Cloud credentials from. Never holds a secret. */
export type CredentialSource =
  | { readonly kind: 'chain' }
  | { readonly kind: 'cliProfile'; readonly name: string }
  | { readonly kind: 'sharedProfile'; readonly name: string }
  | { readonly kind: 'accessKey' };

export const STANDARD_CHAIN: CredentialSource = { kind: 'chain' };

/** aliyun CLI profile modes that `@alicloud/credentials` 2.4 turns into credentials. */
export const USABLE_CLI_MODES: readonly string[] = [
  'AK',
  'StsToken',
  'RamRoleArn',
  'EcsRamRole',
  'OIDC',
  'ChainableRamRoleArn',
  'CloudSSO',
  'OAuth',
  'External',
];

/** `type`s of a `~/.alibabacloud/credentials` section that `@alicloud/credentials` 2.4 reads. */
export const USABLE_SHARED_TYPES: readonly string[] = ['access_key', 'ecs_ram_role', 'ram_role_arn'];

/** What the standard chain would use here, in its own order; `metadata` means only the instance's RAM role is left to try. */
export type ChainPick =
  | { readonly kind: 'environment' }
  | { readonly kind: 'oidc' }
  | { readonly kind: 'cliProfile'; readonly name: string }
  | { readonly kind: 'sharedProfile'; readonly name: string }
  | { readonly kind: 'metadata' }
  | { readonly kind: 'credentialsUri' }
  | { readonly kind: 'none' };

/** A stored source is only trusted when it has one of the known shapes. */
export function isCredentialSource(value: unknown): value is CredentialSource {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { kind, name } = value as { kind?: unknown; name?: unknown };
  if (kind === 'chain' || kind === 'accessKey') {
    return true;
  }
  return (kind === 'cliProfile' || kind === 'sharedProfile') && typeof name === 'string' && name !== '';
}

export function sameSource(a: CredentialSource, b: CredentialSource): boolean {
  return a.kind === b.kind && ('name' in a ? a.name : '') === ('name' in b ? b.name : '');
}

/** Error codes that say the credentials themselves were refused or missing: the way forward is other credentials. */
const REJECTIONS: ReadonlySet<string> = new Set([
  'NoCredentials',
  'InvalidCredentialProfile',
  'InvalidAccessKeyId.NotFound',
  'InvalidAccessKeyId.Inactive',
  'Forbidden.AccessKeyDisabled',
  'SignatureDoesNotMatch',
  'InvalidSecurityToken.Expired',
  'InvalidSecurityToken.Malformed',
  'InvalidSecurityToken.MismatchWithAccessKey',
  'MissingSecurityToken',
  'MissingAccessKeyId',
  'Forbidden.AccountNotFound',
]);

export function isCredentialRejection(code: string): boolean {
  return REJECTIONS.has(code);
}
