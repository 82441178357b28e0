import type { AgentLook } from './cloudAssistant';
import type { Instance } from './instance';
import { checkInstanceOperation } from './instanceRules';
import type { NetworkInterface } from './networkInterface';

/**
 * What can be done with a resource, as tokens for the tree's `contextValue` (`eni;attachable`), so that menus show
 * only the commands that make sense. These are the state and type conditions of the attach and detach rules (the full
 * check of a pair is the attach rule function), and the instance rules of start, stop and reboot.
 */
export function networkInterfaceCapabilities(eni: NetworkInterface): string[] {
  const tokens: string[] = [];
  const ownable = (eni.type === 'Secondary' || eni.type === 'Trunk') && !eni.serviceManaged;
  if (eni.type === 'Primary') {
    tokens.push('primary');
  }
  if (eni.serviceManaged) {
    tokens.push('serviceManaged');
  }
  if (ownable) {
    // Delete is offered on every ENI the user may own, whatever its state, so that it stays in the menu of a selection
    // with an InUse one among them (VS Code shows an item only when it applies to every selected row): its question
    // names the ones it leaves alone, and why.
    tokens.push('ownable');
  }
  if (ownable && eni.status === 'Available') {
    tokens.push('attachable');
  }
  if (ownable && (eni.status === 'Available' || eni.status === 'Deleting')) {
    tokens.push('deletable');
  }
  if (ownable && eni.status === 'InUse' && eni.instanceId !== '') {
    tokens.push('detachable');
  }
  if (eni.type === 'Secondary' && !eni.serviceManaged && eni.status === 'InUse' && eni.instanceId !== '') {
    tokens.push('configurableInGuest');
  }
  if (!eni.serviceManaged && eni.status !== 'Deleting') {
    tokens.push('editable');
  }
  if (eni.privateIpAddress) {
    tokens.push('hasIp');
  }
  return tokens;
}

/**
 * `canRunCommand`: Running with its agent online (Run Command…); `agentMissing`: Running or Stopped, and its agent
 * silent or too old for sessions (Install Cloud Assistant…). Neither while the agents are not read.
 */
export function instanceCapabilities(instance: Instance, agent: AgentLook = 'unknown'): string[] {
  const tokens: string[] = [];
  if (instance.status === 'Running' && (agent === 'online' || agent === 'tooOld')) {
    tokens.push('canRunCommand');
  }
  if ((instance.status === 'Running' || instance.status === 'Stopped') && (agent === 'silent' || agent === 'tooOld')) {
    tokens.push('agentMissing');
  }
  if (instance.status === 'Running' || instance.status === 'Stopped') {
    tokens.push('canAttach');
  }
  if (checkInstanceOperation('start', instance).length === 0) {
    tokens.push('canStart');
  }
  if (checkInstanceOperation('stop', instance).length === 0) {
    tokens.push('canStop');
  }
  if (checkInstanceOperation('reboot', instance).length === 0) {
    tokens.push('canReboot');
  }
  if (instance.privateIpAddress) {
    tokens.push('hasIp');
  }
  return tokens;
}

export const contextValue = (kind: string, tokens: readonly string[]): string => [kind, ...tokens].join(';');
