/** Why typed AccessKey text cannot be used; the UI words each kind. */
export type AccessKeyInputProblem = 'empty' | 'spaces' | 'characters' | 'tooLong';

const MAX_LENGTH = 128;

/** AccessKey IDs are letters and digits (LTAI…); emulators and STS ids add '.', '_' and '-'. */
export function accessKeyIdProblem(text: string): AccessKeyInputProblem | undefined {
  if (text === '') {
    return 'empty';
  }
  if (/\s/.test(text)) {
    return 'spaces';
  }
  if (!/^[A-Za-z0-9._-]+$/.test(text)) {
    return 'characters';
  }
  return text.length > MAX_LENGTH ? 'tooLong' : undefined;
}

export function accessKeySecretProblem(text: string): AccessKeyInputProblem | undefined {
  if (text === '') {
    return 'empty';
  }
  if (/\s/.test(text)) {
    return 'spaces';
  }
  if (!/^[\x21-\x7e]+$/.test(text)) {
    return 'characters';
  }
  return text.length > MAX_LENGTH ? 'tooLong' : undefined;
}
