import * as vscode from 'vscode';

export const READ_ONLY_SCHEME = 'alicloud-ecs';

/** Serves read-only text documents (a resource's properties as JSON, a security group's rules) under the `alicloud-ecs:` scheme. */
export class ReadOnlyDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Opens (or updates and shows) the document at `path` with this text, in this language (JSON unless said), in `column`. */
  async show(path: string, text: string, language = 'json', column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
    const uri = this.update(path, text);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, language);
    return vscode.window.showTextDocument(document, {
      preview: column === undefined,
      viewColumn: column,
      preserveFocus: column !== undefined,
    });
  }

  /** Changes the text of the document at `path`; an editor showing it shows the new text, and none is opened. */
  update(path: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: READ_ONLY_SCHEME, path });
    this.contents.set(uri.toString(), text);
    this.changed.fire(uri);
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
