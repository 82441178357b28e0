import { randomBytes } from 'node:crypto';
import { EmulatorError } from './errors';
import type { EmAccessKey } from './model';

export interface StsToken {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken: string;
  readonly account: string;
  readonly expiresAt: number;
}

export interface ResolvedKey {
  readonly secret: string;
  readonly account: string;
  readonly deniedRamActions: readonly string[];
}

/** The AccessKey pairs and STS tokens the emulator accepts. */
export class KeyStore {
  readonly accessKeys: Map<string, EmAccessKey>;
  private readonly tokens = new Map<string, StsToken>();

  constructor(keys: readonly EmAccessKey[]) {
    this.accessKeys = new Map(keys.map((key) => [key.accessKeyId, { ...key }]));
  }

  /** Issues temporary credentials for an account, as STS AssumeRole would. */
  issueStsToken(account: string, now: number, ttlMs = 3600_000): StsToken {
    const token: StsToken = {
      accessKeyId: `STS.${randomBytes(10).toString('hex')}`,
      accessKeySecret: randomBytes(16).toString('hex'),
      securityToken: `CAIS${randomBytes(24).toString('base64url')}`,
      account,
      expiresAt: now + ttlMs,
    };
    this.tokens.set(token.securityToken, token);
    return token;
  }

  resolve(accessKeyId: string, securityToken: string | undefined, now: number): ResolvedKey {
    if (securityToken === undefined || securityToken === '') {
      if (accessKeyId.startsWith('STS.')) {
        throw new EmulatorError('MissingSecurityToken', 400, 'SecurityToken is mandatory for this action.');
      }
      const key = this.accessKeys.get(accessKeyId);
      if (!key) {
        throw new EmulatorError('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.');
      }
      if (key.disabled) {
        throw new EmulatorError('InvalidAccessKeyId.Inactive', 400, 'Specified access key is disabled.');
      }
      return { secret: key.accessKeySecret, account: key.account, deniedRamActions: key.deniedRamActions ?? [] };
    }
    const token = this.tokens.get(securityToken);
    if (!token) {
      throw new EmulatorError('InvalidSecurityToken.Malformed', 400, 'Specified SecurityToken is malformed.');
    }
    if (token.accessKeyId !== accessKeyId) {
      throw new EmulatorError('InvalidSecurityToken.MismatchWithAccessKey', 400, 'Specified SecurityToken mismatch with the AccessKey.');
    }
    if (token.expiresAt <= now) {
      throw new EmulatorError('InvalidSecurityToken.Expired', 400, 'Specified SecurityToken is expired.');
    }
    return { secret: token.accessKeySecret, account: token.account, deniedRamActions: [] };
  }
}
