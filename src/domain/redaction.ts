/** Shows enough of an AccessKey ID to tell keys apart, never the whole of it: `LTAI****7Xq2`. */
export function maskAccessKeyId(id: string): string {
  if (id.length <= 8) {
    return '****';
  }
  return `${id.slice(0, 4)}****${id.slice(-4)}`;
}

const SECRET_PATTERNS: ReadonlyArray<readonly [RegExp, (match: string, ...groups: string[]) => string]> = [
  [
    /((?:AccessKeySecret|SecurityToken|Signature|access_key_secret|sts_token|oauth_access_token|oauth_refresh_token|access_token|refresh_token|private_key|password)["']?\s*[=:]\s*["']?)[^&\s"',}]+/gi,
    (_m, key) => `${key}[redacted]`,
  ],
  [/(authorization\s*[:=]\s*)[^\n]+/gi, (_m, key) => `${key}[redacted]`],
  [/(x-acs-security-token\s*[:=]\s*)\S+/gi, (_m, key) => `${key}[redacted]`],
  [/(Signature=)[0-9a-f]+/gi, (_m, key) => `${key}[redacted]`],
  [
    /((?:AccessKeyId|Credential|access_key_id|x-acs-accesskey-id)["']?\s*[=:]\s*["']?)([A-Za-z0-9._-]+)/gi,
    (_m, key, id) => `${key}${maskAccessKeyId(id)}`,
  ],
];

/** Removes anything secret-looking from text bound for a log or a notification: secrets, tokens, signatures; masks key ids. */
export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 4) {
      result = result.split(secret).join('[redacted]');
    }
  }
  for (const [pattern, replace] of SECRET_PATTERNS) {
    result = result.replace(pattern, replace as (substring: string, ...args: string[]) => string);
  }
  return result;
}
