import * as vscode from 'vscode';
import { offerConfigureInGuest } from '../kit/guestOffer';
import type { Violation } from '../../domain/attachRules';
import { checkAssignIpv6, checkAssignPrivateIps, checkUnassignIpv6, checkUnassignPrivateIps, ipv6InUse } from '../../domain/addressRules';
import { addressesInUse } from '../../domain/lifecycleRules';
import { secondaryPrivateIps } from '../../domain/networkInterface';
import type { AddressRequest } from '../../domain/networkInterfaceChanges';
import { failureDetail } from '../../ui/localized';
import { eniLabel } from '../kit/labels';
import type { OperationContext } from '../kit/operationContext';
import type { CommandDefinition } from '../commandBoundary';
import { notShown, readBack, sendOnce } from '../operations/eniChange';
import { addressTarget, type FreshAddressTarget } from './addressTarget';
import { CommandFailure } from '../kit/commandFailure';

/** IPv4 or IPv6: the words, the rules and the calls of each. */
interface Family {
  readonly name: 'ipv4' | 'ipv6';
  readonly held: (target: FreshAddressTarget) => readonly string[];
  readonly checkAssign: (target: FreshAddressTarget, request: AddressRequest) => Array<Violation<string>>;
  readonly checkUnassign: (target: FreshAddressTarget, addresses: readonly string[]) => Array<Violation<string>>;
  readonly assign: (context: OperationContext, target: FreshAddressTarget, request: AddressRequest) => Promise<unknown>;
  readonly unassign: (context: OperationContext, target: FreshAddressTarget, addresses: readonly string[]) => Promise<unknown>;
}

const IPV4: Family = {
  name: 'ipv4',
  held: (target) => secondaryPrivateIps(target.eni),
  checkAssign: (target, request) =>
    checkAssignPrivateIps(target, request, addressesInUse(target.regionEnis, target.regionInstances, target.eni.vpcId)),
  checkUnassign: checkUnassignPrivateIps,
  assign: (context, { regionId, eni }, request) => context.api().assignPrivateIpAddresses(regionId, eni.networkInterfaceId, request),
  unassign: (context, { regionId, eni }, addresses) =>
    context.api().unassignPrivateIpAddresses(regionId, eni.networkInterfaceId, addresses),
};

const IPV6: Family = {
  name: 'ipv6',
  held: (target) => target.eni.ipv6Addresses,
  checkAssign: (target, request) => checkAssignIpv6(target, request, ipv6InUse(target.regionEnis, target.eni.vpcId)),
  checkUnassign: checkUnassignIpv6,
  assign: (context, { regionId, eni }, request) => context.api().assignIpv6Addresses(regionId, eni.networkInterfaceId, request),
  unassign: (context, { regionId, eni }, addresses) => context.api().unassignIpv6Addresses(regionId, eni.networkInterfaceId, addresses),
};

/** `3` asks ECS to pick three; `10.0.0.5, 10.0.0.6` names them. */
function parseRequest(text: string): AddressRequest {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? { count: Number(trimmed) } : { addresses: trimmed.split(/[\s,]+/).filter(Boolean) };
}

const why = (violations: ReadonlyArray<Violation<string>>): string | undefined =>
  violations[0] ? `${failureDetail(violations[0]) ?? violations[0].message} (${violations[0].code})` : undefined;

async function assign(context: OperationContext, family: Family, node: unknown): Promise<boolean> {
  const target = await addressTarget(context, node);
  if (!target) {
    return false;
  }
  // What refuses even one more address (the state, the limit, a full vSwitch, no IPv6) is said before anything is asked.
  const [refusal] = family.checkAssign(target, { count: 1 });
  if (refusal) {
    throw new CommandFailure(refusal, { what: vscode.l10n.t("Can't assign addresses to {0}", eniLabel(target.eni)) }, false);
  }
  const typed = await context.ui.input({
    title:
      family.name === 'ipv4'
        ? vscode.l10n.t('Assign Secondary Private IPs to {0}', eniLabel(target.eni))
        : vscode.l10n.t('Assign IPv6 Addresses to {0}', eniLabel(target.eni)),
    prompt: vscode.l10n.t('A number of addresses for ECS to pick, or the addresses themselves, separated by commas'),
    validateInput: (text) => (text.trim() === '' ? undefined : why(family.checkAssign(target, parseRequest(text)))),
  });
  if (!typed?.trim()) {
    return false;
  }
  const request = parseRequest(typed);
  await context.ui.progress(
    vscode.l10n.t('Assigning addresses to {0}', eniLabel(target.eni)),
    () => sendOnce(context, `Assign addresses to ${target.eni.networkInterfaceId}`, () => family.assign(context, target, request)),
    false,
  );
  return reportChange(context, family, target, (before, after) => after.length > before.length);
}

async function unassign(context: OperationContext, family: Family, node: unknown): Promise<boolean> {
  const target = await addressTarget(context, node);
  if (!target) {
    return false;
  }
  const held = family.held(target);
  if (held.length === 0) {
    void context.ui.inform(
      family.name === 'ipv4'
        ? vscode.l10n.t('{0} has no secondary private IP addresses.', eniLabel(target.eni))
        : vscode.l10n.t('{0} has no IPv6 addresses.', eniLabel(target.eni)),
    );
    return false;
  }
  const chosen = await context.ui.pickMany(Promise.resolve(held.map((address) => ({ label: address }))), {
    title: vscode.l10n.t('Unassign which addresses of {0}?', eniLabel(target.eni)),
    placeholder: vscode.l10n.t('Traffic to these addresses stops'),
    picked: () => false,
  });
  const addresses = (chosen ?? []).map((item) => item.label);
  if (addresses.length === 0) {
    return false;
  }
  const [violation] = family.checkUnassign(target, addresses);
  if (violation) {
    throw new CommandFailure(violation, { what: vscode.l10n.t("Can't unassign addresses of {0}", eniLabel(target.eni)) }, false);
  }
  const go = vscode.l10n.t('Unassign');
  const question = vscode.l10n.t('Unassign {0} from {1}?', addresses.join(', '), eniLabel(target.eni));
  if ((await context.ui.ask(question, vscode.l10n.t('Traffic to these addresses stops.'), go)) !== go) {
    return false;
  }
  await context.ui.progress(
    vscode.l10n.t('Unassigning addresses of {0}', eniLabel(target.eni)),
    () => sendOnce(context, `Unassign addresses of ${target.eni.networkInterfaceId}`, () => family.unassign(context, target, addresses)),
    false,
  );
  return reportChange(context, family, target, (_before, after) => addresses.every((address) => !after.includes(address)));
}

/** Reads the ENI back and says what it holds now, or that the change does not show. */
async function reportChange(
  context: OperationContext,
  family: Family,
  target: FreshAddressTarget,
  took: (before: readonly string[], after: readonly string[]) => boolean,
): Promise<boolean> {
  const now = await readBack(context, target.regionId, target.eni);
  const after = now ? family.held({ ...target, eni: now }) : [];
  if (!now || !took(family.held(target), after)) {
    void context.ui.warn(notShown(target.eni));
    return false;
  }
  context.ui.flash(vscode.l10n.t('{0} now holds {1}', eniLabel(now), after.join(', ') || vscode.l10n.t('no such addresses')));
  // A guest does not take up secondary addresses by itself: an attached ENI that gained IPv4 ones is offered the setup.
  if (family.name === 'ipv4' && after.length > family.held(target).length && now.type === 'Secondary' && now.status === 'InUse') {
    offerConfigureInGuest(
      context,
      target.regionId,
      now,
      vscode.l10n.t('{0} now holds {1}. The guest does not take them up by itself.', eniLabel(now), after.join(', ')),
    );
  }
  return true;
}

/** Assign and Unassign secondary private IPv4 and IPv6 addresses on an ENI row. */
export function addressCommands(context: OperationContext): CommandDefinition[] {
  const failure = (): string => vscode.l10n.t("Couldn't change the addresses");
  return [
    { id: 'alicloudEcs.assignPrivateIps', failure, run: (node: unknown) => assign(context, IPV4, node) },
    { id: 'alicloudEcs.unassignPrivateIps', failure, run: (node: unknown) => unassign(context, IPV4, node) },
    { id: 'alicloudEcs.assignIpv6Addresses', failure, run: (node: unknown) => assign(context, IPV6, node) },
    { id: 'alicloudEcs.unassignIpv6Addresses', failure, run: (node: unknown) => unassign(context, IPV6, node) },
  ];
}
