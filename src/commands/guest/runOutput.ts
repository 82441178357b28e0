import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { displayText } from '../../domain/text';
import type { InstanceRun } from '../../domain/cloudAssistant';
import { guestOutputText } from '../../domain/cloudAssistantRules';
import type { Instance } from '../../domain/instance';
import { localCount } from '../../ui/localized';
import type { ReadOnlyDocuments } from '../../ui/readOnlyDocuments';
import { instanceLabel } from '../kit/labels';

/** A language of our own for what guests print: plain text, and VS Code is told not to make links of it. */
export const GUEST_OUTPUT_LANGUAGE = 'alicloud-ecs-output';
/** Up to this many instances, each gets a document of its own, side by side; more share one. */
const SIDE_BY_SIDE = 3;

const statusWord = (status: string): string => {
  switch (status) {
    case '':
    case 'Pending':
      return vscode.l10n.t('waiting for Cloud Assistant');
    case 'Running':
      return vscode.l10n.t('running');
    case 'Success':
      return vscode.l10n.t('succeeded');
    case 'Failed':
      return vscode.l10n.t('failed');
    case 'Timeout':
      return vscode.l10n.t('timed out');
    case 'Cancelled':
      return vscode.l10n.t('cancelled before it started');
    case 'Aborted':
      return vscode.l10n.t('never delivered');
    default:
      return displayText(status);
  }
};

/** `2026-12-03T18:22:20Z` as `18:22:20`: the day is the run's; empty while not known. */
const clockTime = (time: string): string => /T(\d\d:\d\d:\d\d)/.exec(time)?.[1] ?? '';

/** One instance's section: who, how it stands (exit code and times when known), then what it printed. */
export function runSection(instance: Pick<Instance, 'instanceId' | 'instanceName'>, run: InstanceRun | undefined): string {
  const facts = [
    statusWord(run?.status ?? ''),
    ...(run?.exitCode !== undefined ? [vscode.l10n.t('exit code {0}', run.exitCode)] : []),
    ...(run?.errorCode ? [displayText(run.errorCode)] : []),
    ...(run?.startTime ? [`${clockTime(run.startTime)} - ${clockTime(run.finishedTime)} UTC`] : []),
  ];
  const header = `# ${instanceLabel(instance)}\n# ${facts.join(' · ')}`;
  const output = guestOutputText(run?.output ?? '');
  const dropped =
    run && run.dropped > 0
      ? [vscode.l10n.t('[ECS kept the first 24 KB of the output and dropped {0} bytes]', localCount(run.dropped))]
      : [];
  return [header, ...(output === '' ? [] : [output.replace(/\n$/, '')]), ...dropped].join('\n');
}

/** The output documents of one run: opened when the run starts, rewritten each time it is read. */
export class RunOutput {
  private readonly paths: readonly string[];

  constructor(
    private readonly documents: ReadOnlyDocuments,
    private readonly instances: readonly Instance[],
    runId: string,
  ) {
    // ECS's run id names the documents; anything else it might answer is replaced.
    const folder = /^[A-Za-z0-9-]{1,64}$/.test(runId) ? runId : randomUUID();
    this.paths =
      instances.length <= SIDE_BY_SIDE
        ? instances.map((instance) => `/runs/${folder}/${instance.instanceId}.log`)
        : [`/runs/${folder}/${vscode.l10n.t('{0} instances', instances.length)}.log`];
  }

  /** Opens each document, side by side when there are several, with every instance waiting. */
  async open(): Promise<void> {
    const texts = this.texts([]);
    for (const [index, path] of this.paths.entries()) {
      await this.documents.show(path, texts[index] ?? '', GUEST_OUTPUT_LANGUAGE, this.paths.length > 1 ? index + 1 : undefined);
    }
  }

  update(runs: readonly InstanceRun[]): void {
    const texts = this.texts(runs);
    this.paths.forEach((path, index) => this.documents.update(path, texts[index] ?? ''));
  }

  private texts(runs: readonly InstanceRun[]): string[] {
    const sections = this.instances.map((instance) =>
      runSection(
        instance,
        runs.find((run) => run.instanceId === instance.instanceId),
      ),
    );
    return (this.paths.length === this.instances.length ? sections : [sections.join('\n\n')]).map((text) => `${text}\n`);
  }
}
