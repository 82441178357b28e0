import * as vscode from 'vscode';
import { failureDetail, localExplain } from './localized';
import { onlyNeedsStop, type Violation } from '../domain/attachRules';
import { inertText } from '../domain/inertText';

/** One thing to choose, with the reasons it cannot be chosen (none when it can). */
export interface Candidate<T> {
  readonly value: T;
  readonly label: string;
  readonly description: string;
  readonly violations: ReadonlyArray<Violation<string>>;
}

export type PickResult<T> =
  | { readonly kind: 'picked'; readonly candidate: Candidate<T> }
  | { readonly kind: 'typed'; readonly id: string }
  /** The user chose the offer instead of a candidate. */
  | { readonly kind: 'offer' }
  | { readonly kind: 'cancelled' };

export interface Item<T> extends vscode.QuickPickItem {
  readonly candidate?: Candidate<T>;
  readonly typedId?: string;
  readonly offer?: true;
}

export interface PickOptions {
  readonly title: string;
  readonly placeholder: string;
  /** Lets the user type an id that is not listed; returns an error text for a malformed one. */
  readonly typedId?: { readonly validate: (text: string) => string | undefined; readonly looksLikeId: (text: string) => boolean };
  /** Another way forward, listed first (for example: create what none of the candidates is). */
  readonly offer?: { readonly label: string; readonly detail: string };
}

/** Why a candidate cannot be chosen: the rule's or ECS's words when there are any, then the code and what it means. */
const reasonText = (reason: Violation<string>): string =>
  [failureDetail(reason), `(${reason.code}: ${localExplain(reason.code).meaning})`].filter(Boolean).join(' ');

function itemOf<T>(candidate: Candidate<T>): Item<T> {
  const reason = candidate.violations[0];
  if (reason && onlyNeedsStop(candidate.violations)) {
    return {
      label: `$(debug-stop) ${candidate.label}`,
      description: candidate.description,
      detail: inertText(
        [failureDetail(reason), vscode.l10n.t('You will be asked whether to stop it, attach, and start it again.')]
          .filter(Boolean)
          .join(' '),
      ),
      candidate,
    };
  }
  return {
    label: reason ? `$(circle-slash) ${candidate.label}` : candidate.label,
    description: candidate.description,
    detail: reason ? inertText(reasonText(reason)) : undefined,
    candidate,
  };
}

/** The picker's items: the offer, the eligible candidates, then the others under "Not possible" with their reason. */
export function candidateItems<T>(candidates: ReadonlyArray<Candidate<T>>, options: Pick<PickOptions, 'offer'>): Array<Item<T>> {
  // A candidate whose only obstacle is that the instance must be Stopped can still be chosen: the attach offers to stop it.
  const eligible = candidates.filter((c) => c.violations.length === 0 || onlyNeedsStop(c.violations));
  const ineligible = candidates.filter((c) => !eligible.includes(c));
  return [
    ...(options.offer
      ? [{ label: `$(add) ${options.offer.label}`, detail: options.offer.detail, alwaysShow: true, offer: true as const }]
      : []),
    ...eligible.map(itemOf),
    ...(ineligible.length > 0 ? [{ label: vscode.l10n.t('Not possible'), kind: vscode.QuickPickItemKind.Separator } as Item<T>] : []),
    ...ineligible.map(itemOf),
  ];
}

/**
 * A quick pick that lists the eligible candidates first and the others after them with the reason in the detail,
 * and checks an id as it is typed. Picking an ineligible one returns it too: the caller explains instead of calling.
 */
export async function pickCandidate<T>(candidates: ReadonlyArray<Candidate<T>>, options: PickOptions): Promise<PickResult<T>> {
  const base = candidateItems(candidates, options);
  const picker = vscode.window.createQuickPick<Item<T>>();
  picker.title = options.title;
  picker.placeholder = options.placeholder;
  // An id typed finds its row: ids and addresses stand in the description and the detail.
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = base;
  picker.onDidChangeValue((text) => {
    const typed = text.trim();
    const listed = candidates.some((c) => c.description.includes(typed) || c.label === typed);
    if (!options.typedId || typed === '' || listed || !options.typedId.looksLikeId(typed)) {
      picker.items = base;
      return;
    }
    const problem = options.typedId.validate(typed);
    picker.items = [
      {
        label: problem ? `$(error) ${typed}` : `$(arrow-right) ${typed}`,
        description: problem ? '' : vscode.l10n.t('not listed: it will be checked with ECS'),
        detail: problem,
        alwaysShow: true,
        ...(problem ? {} : { typedId: typed }),
      },
      ...base,
    ];
  });
  const result = await new Promise<PickResult<T>>((resolve) => {
    picker.onDidAccept(() => {
      const item = picker.selectedItems[0];
      if (item?.offer) {
        resolve({ kind: 'offer' });
      } else if (item?.candidate) {
        resolve({ kind: 'picked', candidate: item.candidate });
      } else if (item?.typedId) {
        resolve({ kind: 'typed', id: item.typedId });
      } else {
        return;
      }
      picker.hide();
    });
    picker.onDidHide(() => resolve({ kind: 'cancelled' }));
    picker.show();
  });
  picker.dispose();
  return result;
}
