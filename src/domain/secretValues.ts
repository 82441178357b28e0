/**
 * Keys of the aliyun CLI config and the shared credentials file whose values are not secret. Every other key's value
 * is taken for a secret (an unknown key is more likely a new kind of token than a harmless setting).
 */
const NOT_SECRET_KEYS: ReadonlySet<string> = new Set([
  'name',
  'mode',
  'type',
  'current',
  'region_id',
  'output_format',
  'language',
  'site',
  'retry_timeout',
  'connect_timeout',
  'retry_count',
  'retry_read_timeout',
  'sts_region',
  'enable_vpc',
  'expired_seconds',
  'ram_session_name',
  'role_session_name',
  'role_name',
  'ram_role_name',
  'source_profile',
  'access_key_id',
  'cloud_sso_sign_in_url',
  'cloud_sso_account_id',
  'cloud_sso_access_config',
  'oauth_site_type',
  'process_command',
  'profiles',
  'meta_path',
]);

/** Shorter values are words such as "true" or a region, not keys or tokens. */
const MIN_SECRET_LENGTH = 8;

/**
 * A key and its value. Keys start and end at word boundaries and keys and values have bounded lengths, so that a long
 * run of word characters (a blob in a corrupt file) is passed in linear time, not retried from every position.
 */
const PAIR =
  /(?<![\w.-])["']?([A-Za-z_][\w.-]{0,127})(?![\w.-])["']?\s*[:=]\s*(?:"((?:[^"\\\n]|\\.){0,8192})"|'([^'\n]{0,8192})'|([^\s,}\]"']{1,8192}))/g;

/** A file holds a handful of profiles; past this many values the rest are not collected. */
const MAX_VALUES = 1000;

/**
 * The values in a credentials file's text that must never be shown or written: read leniently, key by key, so that a
 * file too broken to parse (a trailing comma, a secret without quotes) still gives its secrets up for redaction.
 */
export function secretValuesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PAIR)) {
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (!NOT_SECRET_KEYS.has(key) && value.length >= MIN_SECRET_LENGTH && !/^\d+$/.test(value)) {
      found.add(value);
      if (found.size >= MAX_VALUES) {
        break;
      }
    }
  }
  return [...found];
}

/** Environment variables of the credential chain that hold a secret or a token. */
export const SECRET_ENVIRONMENT_VARIABLES: readonly string[] = ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];
