import type { Violation } from './attachRules';
import type { AgentStatus } from './cloudAssistant';
import { MAX_RUN_INSTANCES, MAX_SCRIPT_BASE64_BYTES, SESSION_MIN_AGENT_VERSION, versionAtLeast } from './cloudAssistant';
import { isInstanceId } from './ids';
import type { Instance } from './instance';
import { instanceName } from './labels';
import { fill } from './text';

/**
 * What RunCommand needs of each instance, from its reference: the instance Running and its Cloud Assistant agent
 * online (ECS refuses the whole call with InvalidInstance.NotMatch when one is not), at most 100 instances, and a
 * script of at most 24 KB once encoded in Base64 (CmdContent.ExceedLimit)
 * (https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-runcommand).
 */

export type GuestRule = keyof typeof GUEST_TEXTS;

export const GUEST_TEXTS = {
  instanceIdFormat: '“{0}” is not an instance id (i-…).',
  instanceGone: '{0} no longer exists.',
  runState: '{0} is {1}; Cloud Assistant runs commands only on a Running instance.',
  agentMissing: 'Cloud Assistant is not installed on {0}, or ECS has not heard from it.',
  agentOffline: 'Cloud Assistant on {0} has not answered ECS for two minutes.',
  agentTooOld: 'Cloud Assistant {1} on {0} is older than {2}, the first version that opens terminals.',
  tooManyInstances: 'Cloud Assistant runs a command on at most {0} instances at a time; {1} were chosen.',
  scriptTooLong: 'The script is {0} bytes in Base64; Cloud Assistant takes at most {1}.',
  emptyScript: 'The script is empty.',
} as const;

function rule(name: GuestRule, code: string, ...args: string[]): Violation<GuestRule> {
  const template = GUEST_TEXTS[name];
  return { rule: name, code, message: fill(template, args), text: { template, args } };
}

/** Every reason ECS would refuse to run a command on this instance; empty when it may. `agent` undefined: never read. */
export function checkRunOn(instance: Instance, agent: AgentStatus | undefined): Array<Violation<GuestRule>> {
  if (!isInstanceId(instance.instanceId)) {
    return [rule('instanceIdFormat', 'InvalidInstanceID.Malformed', instance.instanceId)];
  }
  if (instance.status !== 'Running') {
    return [rule('runState', 'InvalidInstance.NotMatch', instanceName(instance), instance.status)];
  }
  if (!agent || (!agent.online && agent.version === '')) {
    return [rule('agentMissing', 'InvalidInstance.NotMatch', instanceName(instance))];
  }
  return agent.online ? [] : [rule('agentOffline', 'InvalidInstance.NotMatch', instanceName(instance))];
}

/** An instance chosen that ECS no longer lists. */
export const instanceGone = (instance: Instance): Violation<GuestRule> =>
  rule('instanceGone', 'InvalidInstance.NotFound', instanceName(instance));

/** What StartTerminalSession needs besides what RunCommand does: an agent recent enough for Session Manager. */
export function checkSessionOn(instance: Instance, agent: AgentStatus | undefined): Array<Violation<GuestRule>> {
  const refused = checkRunOn(instance, agent);
  if (refused.length > 0 || !agent) {
    return refused;
  }
  return versionAtLeast(agent.version, SESSION_MIN_AGENT_VERSION)
    ? []
    : [rule('agentTooOld', 'InvalidInstance.NotMatch', instanceName(instance), agent.version, SESSION_MIN_AGENT_VERSION)];
}

/** The reasons ECS would refuse this script on this many instances, whatever the instances. */
export function checkScript(script: string, instanceCount: number): Array<Violation<GuestRule>> {
  const violations: Array<Violation<GuestRule>> = [];
  if (script.trim() === '') {
    violations.push(rule('emptyScript', 'MissingCommandContent'));
  }
  violations.push(...checkScriptSize(new TextEncoder().encode(script).length));
  if (instanceCount > MAX_RUN_INSTANCES) {
    violations.push(rule('tooManyInstances', 'InstanceIds.ExceedLimit', String(MAX_RUN_INSTANCES), String(instanceCount)));
  }
  return violations;
}

/** A script of this many bytes (UTF-8), refused when too long for RunCommand once in Base64. */
export function checkScriptSize(bytes: number): Array<Violation<GuestRule>> {
  const length = 4 * Math.ceil(bytes / 3);
  return length > MAX_SCRIPT_BASE64_BYTES
    ? [rule('scriptTooLong', 'CmdContent.ExceedLimit', String(length), String(MAX_SCRIPT_BASE64_BYTES))]
    : [];
}

// eslint-disable-next-line no-control-regex -- finding terminal escapes is what it is for
const TERMINAL_ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A line of a script as the question shows it: every control, zero-width or bidi character written as `⟨U+202E⟩`, so
 * that what the user reads is what runs, character for character.
 */
export const visibleScriptLine = (line: string): string =>
  line.replace(HIDDEN, (char) => `⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);

/** A script as sh reads it: line ends `\n` (a file written on Windows would fail on its `\r`s). */
export const unixLineEnds = (script: string): string => script.replace(/\r\n?/g, '\n');

/**
 * What a guest printed, fit for a plain-text document: line ends made `\n`, terminal escapes (colours, titles, cursor
 * moves) taken out, and any other control or bidi character shown as `�` so that nothing is hidden or reordered.
 */
export function guestOutputText(output: string): string {
  return output.replace(/\r\n?/g, '\n').replace(TERMINAL_ESCAPE, '').replace(CONTROL_OR_BIDI, '\ufffd');
}
