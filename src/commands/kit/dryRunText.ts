import * as vscode from 'vscode';
import { aliyunCliCommand } from '../../domain/export/aliyunCli';
import type { EcsRequest } from '../../domain/export/ecsRequest';

/** What a dry run shows for one write: that nothing was sent, and the aliyun CLI command that would send it. */
export function dryRunText(request: EcsRequest): string {
  return [
    `# ${vscode.l10n.t('Dry run: nothing was sent. This is the {0} the extension would have sent in {1}.', request.action, request.regionId)}`,
    `# ${vscode.l10n.t('A plan of several changes stops at its first; Toggle Dry Run turns sending back on.')}`,
    aliyunCliCommand(request),
    '',
  ].join('\n');
}
