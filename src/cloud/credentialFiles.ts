import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ini from 'ini';
import { type ChainPick, type CredentialSource, USABLE_CLI_MODES, USABLE_SHARED_TYPES } from '../domain/credentialSource';

/** Why a credentials file that is there cannot be used; `detail` carries the system's or parser's words. */
export type BrokenFileReason = 'unreadable' | 'notJson' | 'noProfiles';

/** A file read for its profiles: not there, there but unusable (with why), or read. */
export type ProfileFile<T> =
  | { readonly kind: 'absent'; readonly path: string }
  | { readonly kind: 'broken'; readonly path: string; readonly reason: BrokenFileReason; readonly detail: string }
  | { readonly kind: 'read'; readonly path: string; readonly profiles: readonly T[]; readonly current?: string };

export interface CliProfile {
  readonly name: string;
  readonly mode: string;
  readonly regionId?: string;
  readonly usable: boolean;
}

export interface SharedProfile {
  readonly name: string;
  readonly type: string;
  readonly usable: boolean;
}

/** Where to look: the process environment and the home folder (tests pass their own). */
export interface CredentialEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
}

export const processEnvironment = (): CredentialEnvironment => ({ env: process.env, home: os.homedir() });

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

type FileText = { kind: 'absent' } | { kind: 'broken'; reason: BrokenFileReason; detail: string } | { kind: 'text'; text: string };

function readText(file: string): FileText {
  try {
    return { kind: 'text', text: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { kind: 'absent' };
    }
    return { kind: 'broken', reason: 'unreadable', detail: code ?? (error as Error).message };
  }
}

export function cliConfigPath(where: CredentialEnvironment): string {
  return path.join(where.home, '.aliyun', 'config.json');
}

/** The aliyun CLI's profiles (`~/.aliyun/config.json`), with their modes and default regions. */
export function readCliProfiles(where: CredentialEnvironment): ProfileFile<CliProfile> {
  const file = cliConfigPath(where);
  const content = readText(file);
  if (content.kind !== 'text') {
    return { ...content, path: file };
  }
  let config: unknown;
  try {
    config = JSON.parse(content.text);
  } catch (error) {
    return { kind: 'broken', path: file, reason: 'notJson', detail: (error as Error).message };
  }
  const profiles = (config as { profiles?: unknown } | null)?.profiles;
  if (typeof config !== 'object' || config === null || !Array.isArray(profiles)) {
    return { kind: 'broken', path: file, reason: 'noProfiles', detail: '' };
  }
  const read = profiles.flatMap((entry: unknown): CliProfile[] => {
    const raw = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = text(raw.name);
    const mode = text(raw.mode) || 'AK';
    const regionId = text(raw.region_id);
    return name ? [{ name, mode, usable: USABLE_CLI_MODES.includes(mode), ...(regionId ? { regionId } : {}) }] : [];
  });
  const current = text((config as { current?: unknown }).current);
  return { kind: 'read', path: file, profiles: read, ...(current ? { current } : {}) };
}

export function sharedCredentialsPath(where: CredentialEnvironment): string {
  return text(where.env.ALIBABA_CLOUD_CREDENTIALS_FILE) || path.join(where.home, '.alibabacloud', 'credentials');
}

/** The sections of the shared credentials file (`~/.alibabacloud/credentials`, INI), with their types. */
export function readSharedProfiles(where: CredentialEnvironment): ProfileFile<SharedProfile> {
  const file = sharedCredentialsPath(where);
  const content = readText(file);
  if (content.kind !== 'text') {
    return { ...content, path: file };
  }
  const sections = ini.parse(content.text) as Record<string, unknown>;
  const profiles = Object.entries(sections).flatMap(([name, body]): SharedProfile[] => {
    if (typeof body !== 'object' || body === null) {
      return [];
    }
    const type = text((body as Record<string, unknown>).type);
    return [{ name, type, usable: USABLE_SHARED_TYPES.includes(type) }];
  });
  return { kind: 'read', path: file, profiles };
}

/** Both credential files, read once, for the several questions asked of them at a time. */
export interface CredentialFiles {
  readonly cli: ProfileFile<CliProfile>;
  readonly shared: ProfileFile<SharedProfile>;
}

export function readCredentialFiles(where: CredentialEnvironment): CredentialFiles {
  return { cli: readCliProfiles(where), shared: readSharedProfiles(where) };
}

const enabled = (value: string | undefined): boolean => value?.toLowerCase() !== 'true';

/** The source the standard chain of `@alicloud/credentials` would take here, judged from the environment and files alone. */
export function chainPick(where: CredentialEnvironment, files: CredentialFiles = readCredentialFiles(where)): ChainPick {
  const { env } = where;
  if (env.ALIBABA_CLOUD_ACCESS_KEY_ID && env.ALIBABA_CLOUD_ACCESS_KEY_SECRET) {
    return { kind: 'environment' };
  }
  if (env.ALIBABA_CLOUD_ROLE_ARN && env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN && env.ALIBABA_CLOUD_OIDC_TOKEN_FILE) {
    return { kind: 'oidc' };
  }
  const wanted = text(env.ALIBABA_CLOUD_PROFILE);
  if (enabled(env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED)) {
    const { cli } = files;
    const name = wanted || (cli.kind === 'read' ? cli.current : undefined);
    const profile = cli.kind === 'read' ? cli.profiles.find((p) => p.name === name) : undefined;
    if (profile?.usable) {
      return { kind: 'cliProfile', name: profile.name };
    }
  }
  const { shared } = files;
  const section = wanted || 'default';
  if (shared.kind === 'read' && shared.profiles.some((p) => p.name === section && p.usable)) {
    return { kind: 'sharedProfile', name: section };
  }
  if (enabled(env.ALIBABA_CLOUD_ECS_METADATA_DISABLED)) {
    return { kind: 'metadata' };
  }
  return env.ALIBABA_CLOUD_CREDENTIALS_URI ? { kind: 'credentialsUri' } : { kind: 'none' };
}

/**
 * The default region of a source, as the aliyun CLI keeps it (the credentials library does not read it):
 * `ALIBABA_CLOUD_REGION_ID` first, else the CLI profile's `region_id`.
 */
export function sourceRegion(
  source: CredentialSource, where: CredentialEnvironment, files: CredentialFiles = readCredentialFiles(where),
): string | undefined {
  const fromEnv = text(where.env.ALIBABA_CLOUD_REGION_ID);
  if (fromEnv) {
    return fromEnv;
  }
  const pick = source.kind === 'chain' ? chainPick(where, files) : source;
  if (pick.kind !== 'cliProfile') {
    return undefined;
  }
  const { cli } = files;
  return cli.kind === 'read' ? cli.profiles.find((p) => p.name === pick.name)?.regionId : undefined;
}
