import * as os from 'node:os';
import * as path from 'node:path';
import * as ini from 'ini';
import { type ChainPick, type CredentialSource, USABLE_CLI_MODES, USABLE_SHARED_TYPES } from '../domain/credentialSource';
import { SECRET_ENVIRONMENT_VARIABLES, secretValuesIn } from '../domain/secretValues';
import { type BoundedRead, readBoundedFile } from './boundedFileRead';
import { jsonProblemPosition, type TextPosition } from './jsonProblem';

/** Why a credentials file that is there cannot be used. */
export type BrokenFileReason = 'unreadable' | 'notAFile' | 'tooLarge' | 'notJson' | 'noProfiles';

/** What is wrong with a broken file, in facts only: never any of its content. */
export interface BrokenFile {
  readonly kind: 'broken';
  readonly path: string;
  readonly reason: BrokenFileReason;
  /** Where a file that is not valid JSON first goes wrong, when that can be told. */
  readonly position?: TextPosition;
  /** The system's error code for an unreadable file (`EACCES`). */
  readonly systemCode?: string;
}

/** A file read for its profiles: not there, there but unusable (with why), or read. */
export type ProfileFile<T> =
  | { readonly kind: 'absent'; readonly path: string }
  | BrokenFile
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

/** A file that could not be read at all (it may be a FIFO, a device, huge, or not ours to read). */
function unread(file: string, read: Exclude<BoundedRead, { kind: 'text' }>): ProfileFile<never> {
  return read.kind === 'absent'
    ? { kind: 'absent', path: file }
    : { kind: 'broken', path: file, reason: read.reason, ...(read.code ? { systemCode: read.code } : {}) };
}

export function cliConfigPath(where: CredentialEnvironment): string {
  return path.join(where.home, '.aliyun', 'config.json');
}

/** The aliyun CLI's profiles (`~/.aliyun/config.json`), with their modes and default regions. */
export async function readCliProfiles(where: CredentialEnvironment): Promise<ProfileFile<CliProfile>> {
  const file = cliConfigPath(where);
  return cliProfilesIn(file, await readBoundedFile(file));
}

function cliProfilesIn(file: string, content: BoundedRead): ProfileFile<CliProfile> {
  if (content.kind !== 'text') {
    return unread(file, content);
  }
  let config: unknown;
  try {
    config = JSON.parse(content.text);
  } catch {
    // The parser's message quotes the text around the problem, which may be a secret: keep only the position.
    const position = jsonProblemPosition(content.text);
    return { kind: 'broken', path: file, reason: 'notJson', ...(position ? { position } : {}) };
  }
  const profiles = (config as { profiles?: unknown } | null)?.profiles;
  if (typeof config !== 'object' || config === null || !Array.isArray(profiles)) {
    return { kind: 'broken', path: file, reason: 'noProfiles' };
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
export async function readSharedProfiles(where: CredentialEnvironment): Promise<ProfileFile<SharedProfile>> {
  const file = sharedCredentialsPath(where);
  return sharedProfilesIn(file, await readBoundedFile(file));
}

function sharedProfilesIn(file: string, content: BoundedRead): ProfileFile<SharedProfile> {
  if (content.kind !== 'text') {
    return unread(file, content);
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
  /** Every secret and token found in the two files and the environment, for redaction by value. */
  readonly secrets: readonly string[];
}

export async function readCredentialFiles(where: CredentialEnvironment): Promise<CredentialFiles> {
  const [cliFile, sharedFile] = [cliConfigPath(where), sharedCredentialsPath(where)];
  const [cliText, sharedText] = await Promise.all([readBoundedFile(cliFile), readBoundedFile(sharedFile)]);
  const fromFiles = [cliText, sharedText].flatMap((read) => (read.kind === 'text' ? secretValuesIn(read.text) : []));
  const fromEnvironment = SECRET_ENVIRONMENT_VARIABLES.map((name) => text(where.env[name])).filter((value) => value !== '');
  return {
    cli: cliProfilesIn(cliFile, cliText),
    shared: sharedProfilesIn(sharedFile, sharedText),
    secrets: [...fromFiles, ...fromEnvironment],
  };
}

/** The credential file that the source (for the chain: the step the chain would reach) cannot read, if any. */
export function brokenFileFor(source: CredentialSource, where: CredentialEnvironment, files: CredentialFiles): BrokenFile | undefined {
  const cli = files.cli.kind === 'broken' ? files.cli : undefined;
  const shared = files.shared.kind === 'broken' ? files.shared : undefined;
  switch (source.kind) {
    case 'cliProfile':
      return cli;
    case 'sharedProfile':
      return shared;
    case 'accessKey':
      return undefined;
    case 'chain': {
      // The chain stops at the first step that answers: only the files it reads before (and at) that step matter.
      const first = chainPick(where, files).kind;
      if (first === 'environment' || first === 'oidc') {
        return undefined;
      }
      const cliRead = enabled(where.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED) ? cli : undefined;
      return first === 'cliProfile' ? cliRead : (cliRead ?? shared);
    }
  }
}

const enabled = (value: string | undefined): boolean => value?.toLowerCase() !== 'true';

/** The source the standard chain of `@alicloud/credentials` would take here, judged from the environment and files alone. */
export function chainPick(where: CredentialEnvironment, files: Pick<CredentialFiles, 'cli' | 'shared'>): ChainPick {
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
  source: CredentialSource,
  where: CredentialEnvironment,
  files: Pick<CredentialFiles, 'cli' | 'shared'>,
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
