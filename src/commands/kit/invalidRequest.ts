import * as vscode from 'vscode';
import { fieldExample, type InvalidRequest } from './automationRequests';
import type { OperationContext } from './operationContext';

/** Explains an automation argument that was refused before anything was sent, naming the field. */
export function reportInvalidRequest(context: OperationContext, command: string, request: InvalidRequest): void {
  const detail = vscode.l10n.t(
    'The field “{0}” is missing or not of the form ECS uses (such as {1}); nothing was sent.',
    request.field,
    fieldExample(request.field),
  );
  void context.notifier.show(
    { code: 'InvalidArgument', message: detail, detail },
    { what: vscode.l10n.t('{0} was called with an argument it cannot use', command) },
  );
}
