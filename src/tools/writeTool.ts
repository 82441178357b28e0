import * as vscode from 'vscode';
import type { AgentPlan, AgentProposal } from '../commands/agents/agentPlans';
import { asOneRequest } from '../commands/kit/writePolicy';
import { aliyunCliCommand } from '../domain/export/aliyunCli';
import { plannedWrites } from './readTools';
import { answer, failureAnswer, inputProblemAnswer, OTHER_PEOPLES_TEXT, refusalFields } from './toolAnswers';
import { type FieldName, isInputProblem, readInput } from './toolInput';
import type { ToolParts } from './toolParts';

/** One write tool: its input fields, the words of its confirmation's title (ours only), and how it proposes a plan. */
export interface WriteToolSpec {
  readonly name: string;
  readonly fields: readonly FieldName[];
  readonly title: () => string;
  readonly propose: (parts: ToolParts, fields: Readonly<Record<string, unknown>>) => Promise<AgentProposal>;
}

/** How long a confirmed plan waits for its run: a confirmation is for now, not for later. */
const CONFIRMATION_TTL_MS = 10 * 60 * 1000;

/** What must be the same for the run to be the plan confirmed: every write, with every parameter, in order. */
const fingerprint = (proposal: AgentProposal): string =>
  proposal.kind === 'refused' ? 'refused' : JSON.stringify(proposal.writes.map(({ request }) => request));

/** The plan as the person reads it: every piece of other people's text goes in as text, never as Markdown. */
export function planMessage(plan: AgentPlan, asker: string): vscode.MarkdownString {
  const message = new vscode.MarkdownString();
  const line = (text: string): void => {
    message.appendText(text);
    message.appendMarkdown('\n\n');
  };
  line(vscode.l10n.t('Region: {0}', plan.regionId));
  line(vscode.l10n.t('ECS calls, in this order:'));
  plan.writes.forEach(({ request, sentence }, index) => line(`${index + 1}. ${request.action}: ${sentence}`));
  for (const note of plan.notes) {
    line(note);
  }
  line(asker);
  line(
    vscode.l10n.t(
      'Nothing is sent until you continue; every rule is checked again just before, and if the plan has changed, nothing is sent.',
    ),
  );
  return message;
}

/** The plan as plain text, for the extension's own question (its detail is never rendered as Markdown). */
const planText = (plan: AgentPlan): string =>
  [
    vscode.l10n.t('Region: {0}', plan.regionId),
    ...plan.writes.map(({ request, sentence }, index) => `${index + 1}. ${request.action}: ${sentence}`),
    ...plan.notes,
    vscode.l10n.t('An agent asked for this in the chat. VS Code’s confirmation there can be turned off by settings; this one cannot.'),
  ].join('\n');

/**
 * A tool that changes ECS. `prepareInvocation` proposes the plan from what ECS says now and shows all of it in VS Code's
 * confirmation; `invoke` proposes again and runs the plan only when it is the one confirmed, through the same gate as
 * every write (read-only mode, the safety policy). In a chat, where VS Code's confirmation may have been skipped by
 * auto-approval, the extension asks once more itself.
 */
export class WriteTool implements vscode.LanguageModelTool<unknown> {
  private readonly confirmed = new Map<string, { readonly fingerprint: string; readonly at: number }>();

  constructor(
    private readonly parts: ToolParts,
    private readonly spec: WriteToolSpec,
  ) {}

  private key(fields: Readonly<Record<string, unknown>>): string {
    return JSON.stringify(this.spec.fields.map((name) => fields[name]));
  }

  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<unknown>): Promise<vscode.PreparedToolInvocation> {
    const fields = readInput(options.input, [...this.spec.fields, 'dryRun']);
    if (isInputProblem(fields) || fields.dryRun === true || this.parts.readOnly()) {
      return { invocationMessage: vscode.l10n.t('Checking, sending nothing…') };
    }
    const proposal = await this.spec.propose(this.parts, fields);
    this.confirmed.set(this.key(fields), { fingerprint: fingerprint(proposal), at: Date.now() });
    if (proposal.kind === 'refused') {
      return { invocationMessage: vscode.l10n.t('Checking, sending nothing…') };
    }
    return {
      invocationMessage: vscode.l10n.t('Running the confirmed plan…'),
      confirmationMessages: { title: this.spec.title(), message: planMessage(proposal, vscode.l10n.t('An agent asked for this.')) },
    };
  }

  async invoke(
    options: vscode.LanguageModelToolInvocationOptions<unknown>,
    token: vscode.CancellationToken,
  ): Promise<vscode.LanguageModelToolResult> {
    const fields = readInput(options.input, [...this.spec.fields, 'dryRun']);
    if (isInputProblem(fields)) {
      return inputProblemAnswer(fields);
    }
    const key = this.key(fields);
    const prepared = this.confirmed.get(key);
    this.confirmed.delete(key);
    if (this.parts.readOnly() && fields.dryRun !== true) {
      return answer({
        outcome: 'refused',
        failure: failureAnswer({ code: 'ReadOnlyMode', message: 'Read-only mode is on.' }),
        sent: 'nothing',
        fix: 'Only the person can turn off alicloudEcs.readOnly in their settings; dryRun: true shows the plan meanwhile.',
      });
    }
    const proposal = await this.spec.propose(this.parts, fields);
    if (proposal.kind === 'refused') {
      return answer({ outcome: 'refused', ...refusalFields(proposal) });
    }
    if (fields.dryRun === true) {
      return answer({
        outcome: 'dryRun',
        title: proposal.title,
        plan: plannedWrites(proposal),
        notes: proposal.notes,
        aliyunCli: proposal.writes.map(({ request }) => aliyunCliCommand(request)),
        sent: 'reads only',
        note: OTHER_PEOPLES_TEXT,
      });
    }
    if (!prepared || Date.now() - prepared.at > CONFIRMATION_TTL_MS || prepared.fingerprint !== fingerprint(proposal)) {
      return answer({
        outcome: prepared ? 'planChanged' : 'notConfirmed',
        plan: plannedWrites(proposal),
        sent: 'reads only',
        fix: 'ECS changed since the person confirmed (or nothing was confirmed): call the tool again so that they see the plan as it is now.',
      });
    }
    if (options.toolInvocationToken !== undefined && !(await this.askAgain(proposal))) {
      return answer({ outcome: 'declined', sent: 'reads only' });
    }
    const result = await asOneRequest(() =>
      this.parts.plans().runAgentPlan(this.parts.operations, proposal, { report: () => undefined, token }),
    );
    const stoppedAt = result.failed ?? result.cleanupFailed[0];
    return answer({
      outcome: result.kind,
      title: proposal.title,
      done: result.done,
      notDone: result.notDone,
      underWay: result.underWay,
      ...(stoppedAt ? { failedAt: stoppedAt.title, failure: failureAnswer(this.parts.failureOf(stoppedAt.error)) } : {}),
      stateAfter: result.state,
      note: OTHER_PEOPLES_TEXT,
    });
  }

  private async askAgain(plan: AgentPlan): Promise<boolean> {
    const go = vscode.l10n.t('Run the Plan');
    return (await this.parts.operations.ui.ask(vscode.l10n.t('An agent asks to change ECS: {0}?', plan.title), planText(plan), go)) === go;
  }
}
