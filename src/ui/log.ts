import * as vscode from 'vscode';
import type { CallObserver, CallRecord } from '../cloud/callObserver';
import { redactSecrets } from '../domain/redaction';

/** The "Alibaba Cloud ECS" log: each API call and each error in full, with nothing secret in it. */
export class ExtensionLog implements CallObserver, vscode.Disposable {
  private readonly secrets = new Set<string>();

  constructor(
    readonly channel: Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error' | 'show' | 'dispose'> = vscode.window.createOutputChannel(
      'Alibaba Cloud ECS',
      { log: true },
    ),
  ) {}

  /** Values that must never be written: secrets and tokens of the credential files and the environment, a typed secret. */
  neverWrite(...secrets: readonly string[]): void {
    for (const secret of secrets) {
      this.secrets.add(secret);
    }
  }

  /** Text from outside (ECS, a library) with every known secret value and every secret-looking pair removed. */
  redact(text: string): string {
    return redactSecrets(text, [...this.secrets]);
  }

  onCall(record: CallRecord): void {
    const where = [record.regionId, record.resourceIds.length > 0 ? record.resourceIds.join(',') : undefined].filter(Boolean).join(' ');
    const line =
      `${record.action}${where ? ` ${where}` : ''} · ${record.durationMs} ms · attempt ${record.attempt}` +
      `${record.requestId ? ` · request ${record.requestId}` : ''} · ${record.outcome}`;
    if (record.outcome === 'ok') {
      this.channel.info(this.clean(line));
    } else if (record.retryInMs !== undefined) {
      this.channel.warn(this.clean(`${line}: ${record.message ?? ''} (retrying in ${record.retryInMs} ms)`));
    } else {
      this.channel.error(this.clean(`${line}: ${record.message ?? ''}`));
    }
  }

  info(message: string): void {
    this.channel.info(this.clean(message));
  }

  error(message: string, error?: unknown): void {
    const detail = errorDetail(error);
    this.channel.error(this.clean(detail ? `${message}\n${detail}` : message));
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }

  private clean(text: string): string {
    return this.redact(text);
  }
}

/** What is written and said of a thrown value that throws when looked at (a proxy another extension passed). */
export const UNREADABLE_THROWN = 'A value that cannot be read was thrown.';

/** An error's name, message and stack; a thrown value as text; a value that throws when looked at, said so. */
function errorDetail(error: unknown): string {
  try {
    if (error instanceof Error) {
      return `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}`;
    }
    return error === undefined ? '' : String(error);
  } catch {
    return UNREADABLE_THROWN;
  }
}
