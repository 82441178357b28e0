import { compareShapes, type Shape, shapeOf, type ShapeDifference } from './shape';
import type { Answer } from './side';
import type { RebootFindings } from './rebootProbe';

/** What the report keeps of an answer: its shape, or the refusal's code and HTTP status; never a value. */
export type AnswerRecord = { readonly shape: Shape } | { readonly code: string; readonly httpStatus: number | undefined };

export interface RequestRecord {
  readonly action: string;
  readonly note: string;
  /** The names of the parameters sent, never their values. */
  readonly params: readonly string[];
  readonly cloud?: AnswerRecord | undefined;
  readonly emulator?: AnswerRecord | undefined;
  readonly differences: readonly ShapeDifference[];
}

export interface SmokeReport {
  readonly kit: 'alicloud-ecs-explorer smoke kit';
  readonly date: string;
  readonly target: 'Alibaba Cloud' | 'a custom endpoint' | 'the emulator';
  readonly regions: number;
  readonly requests: readonly RequestRecord[];
  readonly rebootProbe?: RebootFindings | undefined;
}

/** A code as ECS writes them; anything else an endpoint answered (it may echo what it was sent) is not kept. */
const keptCode = (code: string): string => (/^[A-Za-z][A-Za-z0-9.]{0,79}$/.test(code) ? code : '(not a code)');

export const record = (answer: Answer | undefined): AnswerRecord | undefined =>
  answer === undefined
    ? undefined
    : answer.ok
      ? { shape: shapeOf(answer.body) }
      : { code: keptCode(answer.code), httpStatus: answer.httpStatus };

/** Where the emulator's answer differs from the cloud's: both answered and the shapes differ, or the codes differ. */
export function differencesOf(cloud: Answer | undefined, emulator: Answer | undefined): ShapeDifference[] {
  if (!cloud || !emulator) {
    return [];
  }
  if (cloud.ok && emulator.ok) {
    return compareShapes(shapeOf(cloud.body), shapeOf(emulator.body));
  }
  const describe = (answer: Answer): string => (answer.ok ? 'an answer' : `${keptCode(answer.code)} (HTTP ${answer.httpStatus ?? '?'})`);
  return describe(cloud) === describe(emulator) ? [] : [{ path: '(outcome)', cloud: describe(cloud), emulator: describe(emulator) }];
}

/** The report as Markdown, for a bug report: every request, and each difference under it. */
export function markdownOf(report: SmokeReport): string {
  const lines = [
    `# Smoke kit report, ${report.date}`,
    '',
    `Against ${report.target}, ${report.regions} region(s). The answers are kept as shapes (field names and types); no value of the account's is in this report.`,
    '',
    '| action | what | parameters | cloud | emulator | differences |',
    '|---|---|---|---|---|---|',
  ];
  const outcome = (answer: AnswerRecord | undefined): string => (answer === undefined ? '—' : 'shape' in answer ? 'answered' : answer.code);
  for (const request of report.requests) {
    lines.push(
      `| ${request.action} | ${request.note} | ${request.params.join(', ')} | ${outcome(request.cloud)} | ${outcome(request.emulator)} | ${request.differences.length} |`,
    );
  }
  const differing = report.requests.filter((request) => request.differences.length > 0);
  lines.push('', `${differing.reduce((sum, request) => sum + request.differences.length, 0)} difference(s).`);
  for (const request of differing) {
    lines.push('', `## ${request.action}: ${request.note}`, '');
    for (const difference of request.differences) {
      lines.push(`- \`${difference.path}\`: ${difference.cloud} in the cloud, ${difference.emulator} in the emulator`);
    }
  }
  if (report.rebootProbe) {
    const probe = report.rebootProbe;
    lines.push('', '## Reboot probe', '');
    lines.push(
      probe.refused
        ? `Not rebooted: ${probe.refused}.`
        : `States seen: ${probe.statesSeen.join(' → ') || 'none'}; StartTime changed: ${String(probe.startTimeChanged)}; Running again after ${probe.secondsToRunning ?? '?'} s.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
