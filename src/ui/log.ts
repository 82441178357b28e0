import * as vscode from 'vscode';
import type { CallObserver, CallRecord } from '../cloud/callObserver';
import { redactSecrets } from '../domain/redaction';

/** The "Alibaba Cloud ECS" log: each API call and each error in full, with nothing secret in it. */
export class ExtensionLog implements CallObserver, vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  private readonly secrets: string[] = [];

  constructor() {
    this.channel = vscode.window.createOutputChannel('Alibaba Cloud ECS', { log: true });
  }

  /** Values that must never be written, such as a secret the user typed in this session. */
  neverWrite(secret: string): void {
    this.secrets.push(secret);
  }

  onCall(record: CallRecord): void {
    const where = [record.regionId, record.resourceIds.length > 0 ? record.resourceIds.join(',') : undefined].filter(Boolean).join(' ');
    const line = `${record.action}${where ? ` ${where}` : ''} · ${record.durationMs} ms · attempt ${record.attempt}`
      + `${record.requestId ? ` · request ${record.requestId}` : ''} · ${record.outcome}`;
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
    const detail = error instanceof Error ? `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}` : error === undefined ? '' : String(error);
    this.channel.error(this.clean(detail ? `${message}\n${detail}` : message));
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }

  private clean(text: string): string {
    return redactSecrets(text, this.secrets);
  }
}
