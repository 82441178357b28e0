import * as vscode from 'vscode';
import { type DocLanguage, docLanguageFor } from '../domain/docLinks';
import { type ErrorExplanation, explain } from '../domain/errorCatalogue';
import type { Failure } from '../domain/failure';
import type { MissingPermission } from '../domain/ramPolicies';
import type { Text } from '../domain/text';

/** The domain's words in VS Code's display language: their English is the key of the l10n bundle. */
export function localText(text: Text): string {
  return vscode.l10n.t(text.template, ...text.args);
}

/** What may be shown of a failure besides its code: a rule's reason translated, or ECS's (or our) words; never a library's. */
export function failureDetail(failure: Failure): string | undefined {
  return failure.text ? localText(failure.text) : failure.detail;
}

/** The catalogue's meaning and advice for a code, translated. */
export function localExplain(code: string): ErrorExplanation {
  const explanation = explain(code);
  return { ...explanation, meaning: vscode.l10n.t(explanation.meaning), advice: vscode.l10n.t(explanation.advice) };
}

export const docLanguage = (): DocLanguage => docLanguageFor(vscode.env.language);

/** A count as VS Code's display language writes it (10,000 in English and Chinese alike; 10.000 in German). */
export function localCount(count: number): string {
  try {
    return count.toLocaleString(vscode.env.language);
  } catch {
    return count.toLocaleString('en');
  }
}

/** A code's meaning, translated, with the code: "The instance does not exist. (InvalidInstanceId.NotFound)" for summaries. */
export const meaningAndCode = (code: string): string => `${localExplain(code).meaning} (${code})`;

/** Which RAM action was missing, and which policy of the extension's documentation grants it. */
export const permissionNote = (missing: MissingPermission): string =>
  vscode.l10n.t(
    'This needs the RAM action {0}, which the policy {1} grants (unless a Deny or a condition in force refuses it).',
    missing.ramAction,
    missing.policyFile,
  );
