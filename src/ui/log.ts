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
    const detail =
      error instanceof Error
        ? `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}`
        : error === undefined
          ? ''
          : String(error);
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
