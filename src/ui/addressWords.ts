import * as vscode from 'vscode';
import type { AddressKind } from '../domain/networkInterface';

/** What an address of an ENI is, in the user's language. */
export function addressKindText(kind: AddressKind): string {
  switch (kind) {
    case 'primary':
      return vscode.l10n.t('primary private IPv4');
    case 'secondary':
      return vscode.l10n.t('secondary private IPv4');
    case 'ipv6':
      return vscode.l10n.t('IPv6');
    case 'public':
      return vscode.l10n.t('public IP');
  }
}
