import * as vscode from 'vscode';
import { automationResult, fieldExample, type InvalidRequest } from './automationRequests';
import { CommandFailure } from './commandFailure';

/** An automation argument refused before anything was sent, naming the field; the caller gets `invalidArgument`. */
export function invalidRequestFailure(command: string, request: InvalidRequest): CommandFailure {
  const detail = vscode.l10n.t(
    'The field “{0}” is missing or not of the form ECS uses (such as {1}); nothing was sent.',
    request.field,
    fieldExample(request.field),
  );
  return new CommandFailure(
    { code: 'InvalidArgument', message: detail, detail },
    { what: vscode.l10n.t('{0} was called with an argument it cannot use', command) },
    automationResult(request),
  );
}
