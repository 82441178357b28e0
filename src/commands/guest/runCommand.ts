import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { checkScript, visibleScriptLine } from '../../domain/cloudAssistantRules';
import type { Instance } from '../../domain/instance';
import { productionTag } from '../../domain/instanceRules';
import { displayText } from '../../domain/text';
import { failureDetail } from '../../ui/localized';
import type { ReadOnlyDocuments } from '../../ui/readOnlyDocuments';
import type { CommandDefinition } from '../commandBoundary';
import { CommandFailure } from '../kit/commandFailure';
import { instanceLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import { type FollowedRun, followRun, startRun } from '../operations/commandRun';
import { type CheckedTargets, checkTargets, chooseInstances, type GuestTargets, refusedLines } from './guestTargets';
import { guestRemedy } from './guestRemedies';
import { GUEST_OUTPUT_LANGUAGE, RunOutput } from './runOutput';
import { chooseScript, type Script, scriptFromFile } from './scriptSource';

/** The name ECS's console shows for the runs this extension starts. */
export const RUN_NAME = 'vscode-alicloud-ecs';
/** Lines of the script the question shows; the rest are counted. */
const SHOWN_LINES = 24;

/** How a run ended on one instance, for a caller: states and codes, never what the guest printed. */
export interface RunState {
  readonly instanceId: string;
  readonly status: string;
  readonly exitCode: number | undefined;
  readonly errorCode: string;
}

/** What a run ended as, for the caller (tests, automation): its id and each instance's last state. */
export type RunResult =
  | { readonly kind: 'notRun' }
  | { readonly kind: 'unknown'; readonly code: string }
  | {
      readonly kind: 'ran';
      readonly invokeId: string;
      readonly settled: boolean;
      readonly stopped: boolean;
      readonly runs: readonly RunState[];
    };

const runStates = (followed: FollowedRun): RunState[] =>
  followed.runs.map((run) => ({ instanceId: run.instanceId, status: run.status, exitCode: run.exitCode, errorCode: run.errorCode }));

/** A value another extension passed may be anything, a Proxy that throws included: only a real Uri is one. */
function asUri(value: unknown): vscode.Uri | undefined {
  try {
    return value instanceof vscode.Uri ? value : undefined;
  } catch {
    return undefined;
  }
}

const scriptLines = (script: string): string[] => {
  const lines = script.replace(/\n$/, '').split('\n').map(visibleScriptLine);
  return lines.length > SHOWN_LINES
    ? [...lines.slice(0, SHOWN_LINES), vscode.l10n.t('… and {0} more lines, shown whole in the editor', lines.length - SHOWN_LINES)]
    : lines;
};

/** The modal: every instance named (with its production tag), how it runs, those left alone, and the script itself. */
async function confirmRun(
  context: OperationContext,
  documents: ReadOnlyDocuments,
  checked: CheckedTargets,
  script: Script,
  timeoutSeconds: number,
): Promise<boolean> {
  const go = vscode.l10n.t('Run');
  // A script longer than the question shows, or a file another command named, is opened whole before the question.
  if (script.fromFile === true || script.text.split('\n').length > SHOWN_LINES) {
    await documents.show(`/scripts/${randomUUID()}.sh`, script.text, GUEST_OUTPUT_LANGUAGE);
  }
  const { allowed } = checked;
  const question =
    allowed.length === 1
      ? vscode.l10n.t('Run this script on {0}?', instanceLabel(allowed[0] as Instance))
      : vscode.l10n.t('Run this script on {0} instances?', allowed.length);
  const detail = [
    ...allowed.map((instance) => {
      const tag = productionTag(instance);
      return tag ? vscode.l10n.t('{0}, tagged {1}', instanceLabel(instance), `${tag.key}=${tag.value}`) : instanceLabel(instance);
    }),
    vscode.l10n.t('It runs once as root through Cloud Assistant, and is stopped after {0} seconds.', timeoutSeconds),
    ...refusedLines(checked.refused, (violation) => failureDetail(violation) ?? violation.code),
    '',
    vscode.l10n.t('Script ({0}):', displayText(script.source)),
    ...scriptLines(script.text),
  ].join('\n');
  return (await context.ui.ask(question, detail, go)) === go;
}

function summary(runs: readonly RunState[], instances: readonly Instance[]): string {
  const count = (status: string): number => runs.filter((run) => run.status === status).length;
  const failed = runs.filter((run) => run.status !== 'Success' && run.status !== 'Running' && run.status !== 'Pending');
  const named = failed.map((run) => {
    const instance = instances.find((candidate) => candidate.instanceId === run.instanceId);
    const label = instance ? instanceLabel(instance) : run.instanceId;
    return run.exitCode !== undefined && run.status === 'Failed'
      ? vscode.l10n.t('{0}: exit code {1}', label, run.exitCode)
      : `${label}: ${displayText(run.errorCode || run.status)}`;
  });
  return [
    vscode.l10n.t('{0} of {1} succeeded.', count('Success'), instances.length),
    ...(named.length > 0 ? [vscode.l10n.t('Not succeeded: {0}.', named.join('; '))] : []),
  ].join(' ');
}

/** Sends the run once, opens its output, follows it to the end under a cancellable progress, and says how it went. */
async function runOn(
  context: OperationContext,
  documents: ReadOnlyDocuments,
  checked: CheckedTargets,
  script: Script,
  timeoutSeconds: number,
): Promise<RunResult> {
  const { regionId, allowed } = checked;
  const title =
    allowed.length === 1
      ? vscode.l10n.t('Running on {0}', instanceLabel(allowed[0] as Instance))
      : vscode.l10n.t('Running on {0} instances', allowed.length);
  const result = await context.ui.progress(title, async (progress): Promise<RunResult> => {
    const api = context.api();
    const started = await startRun(context, api, {
      regionId,
      instanceIds: allowed.map((instance) => instance.instanceId),
      script: script.text,
      name: RUN_NAME,
      timeoutSeconds,
    });
    if (started.kind === 'unknown') {
      return started;
    }
    const output = new RunOutput(documents, allowed, started.invokeId);
    await output.open();
    try {
      const followed = await followRun(
        api,
        regionId,
        started.invokeId,
        timeoutSeconds,
        progress.token,
        (runs) => {
          output.update(runs);
          progress.report(summary(runs, allowed));
        },
        (message, error) => context.log.error(message, error),
      );
      return { kind: 'ran', invokeId: started.invokeId, settled: followed.settled, stopped: followed.stopped, runs: runStates(followed) };
    } catch (error) {
      throw new CommandFailure(error, {
        what: vscode.l10n.t('Following the run {0} stopped', started.invokeId),
        outcome: vscode.l10n.t('The script was sent and may still be running; its results are in the ECS console, under Cloud Assistant.'),
      });
    }
  });
  if (result.kind === 'unknown') {
    void context.ui.warn(
      vscode.l10n.t(
        "ECS's answer to RunCommand was lost twice ({0}), so whether the script runs is not known. It was not sent again; look at the instances' command runs in the ECS console.",
        result.code,
      ),
    );
  } else if (result.kind === 'ran') {
    const end = result.settled
      ? summary(result.runs, allowed)
      : vscode.l10n.t('Still running in ECS when the waiting ended. {0}', summary(result.runs, allowed));
    const stopped = result.stopped
      ? ` ${vscode.l10n.t('Stopped: the instances that had not started did not run it; the others ran to their end.')}`
      : '';
    const failedAny = result.runs.some((run) => run.status !== 'Success');
    void (failedAny ? context.ui.warn(`${end}${stopped}`) : context.ui.inform(`${end}${stopped}`));
  }
  return result;
}

/** Checks the targets and the script, asks, runs; refuses with a remedy when no instance can run it. */
export async function runScriptOn(
  context: OperationContext,
  documents: ReadOnlyDocuments,
  targets: GuestTargets,
  script: Script,
  timeoutSeconds: number,
): Promise<RunResult> {
  const what = vscode.l10n.t("Couldn't run the script");
  const [scriptProblem] = checkScript(script.text, targets.instances.length);
  if (scriptProblem) {
    throw new CommandFailure(scriptProblem, { what }, { kind: 'notRun' });
  }
  const checked = await checkTargets(context, targets, what);
  if (checked.allowed.length === 0) {
    const [first] = checked.refused;
    throw new CommandFailure(
      first?.violation,
      { what, remedy: first && guestRemedy(context, targets.regionId, first) },
      { kind: 'notRun' },
    );
  }
  if (!(await confirmRun(context, documents, checked, script, timeoutSeconds))) {
    return { kind: 'notRun' };
  }
  return runOn(context, documents, checked, script, timeoutSeconds);
}

/**
 * "Run Command…" on instance rows (several at once), from the palette, or on a script file in the Explorer: the script
 * (the editor's selection, its file, or typed), shown with every instance before anything is sent.
 */
export function runCommandCommand(
  context: OperationContext,
  documents: ReadOnlyDocuments,
  timeoutSeconds: () => number,
): CommandDefinition {
  return {
    id: 'alicloudEcs.runCommand',
    failure: () => vscode.l10n.t("Couldn't run the command"),
    run: async (node: unknown, selection?: unknown): Promise<RunResult> => {
      const file = asUri(node);
      const title = vscode.l10n.t('Run Command');
      const targets = await chooseInstances(context, file ? undefined : node, file ? undefined : selection, title);
      if (!targets) {
        return { kind: 'notRun' };
      }
      const script = file ? await scriptFromFile(file) : await chooseScript(context.ui);
      if (!script) {
        return { kind: 'notRun' };
      }
      return runScriptOn(context, documents, targets, script, timeoutSeconds());
    },
  };
}
