import * as vscode from 'vscode';

/**
 * A second extension the agent-tools UI test loads beside ours: it calls one of our tools as any extension may, with
 * `vscode.lm.invokeTool` outside a chat, so that VS Code shows the tool's confirmation as its modal dialog (no chat
 * model is reachable here to call it from the chat). It imports nothing but `vscode`: the test copies it as it is.
 */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('toolCaller.invoke', async () => {
      const text = await vscode.window.showInputBox({ prompt: 'Tool and input, as JSON: {"name": …, "input": {…}}' });
      if (!text) {
        return;
      }
      const { name, input } = JSON.parse(text) as { name: string; input: object };
      try {
        const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
        const [part] = result.content;
        void vscode.window.showInformationMessage(`Tool answered: ${part instanceof vscode.LanguageModelTextPart ? part.value : '?'}`);
      } catch (error) {
        void vscode.window.showWarningMessage(`Tool call ended: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}
