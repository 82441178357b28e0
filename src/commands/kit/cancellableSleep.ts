import type * as vscode from 'vscode';

/** Waits `ms`, or less when the user cancels: a wait under a progress notification ends with it. */
export function cancellableSleep(ms: number, token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve();
    }, ms);
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}
