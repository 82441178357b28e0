import type { NetworkInterface } from '../networkInterface';

/** Lower-case ASCII words joined by `_`; empty when nothing of the text is ASCII letters or digits. */
const snake = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** A Terraform identifier starts with a letter or `_` (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#identifiers). */
const identifier = (text: string): string => (/^[a-z_]/.test(text) ? text : `eni_${text}`);

/** From the name, else from the id (a name of Chinese characters alone gives nothing). */
function baseLabel(eni: NetworkInterface): string {
  return identifier(snake(eni.networkInterfaceName) || snake(eni.networkInterfaceId) || 'eni');
}

/**
 * A resource label per ENI id: from the ENI's name, and where several ENIs of the output share it, the name and the
 * id, so that a label depends on the ENI alone and not on the order or company it is exported in.
 */
export function resourceLabels(enis: readonly NetworkInterface[]): Map<string, string> {
  const bases = new Map(enis.map((eni) => [eni.networkInterfaceId, baseLabel(eni)]));
  const uses = new Map<string, number>();
  for (const base of bases.values()) {
    uses.set(base, (uses.get(base) ?? 0) + 1);
  }
  const labels = new Map<string, string>();
  const taken = new Set<string>();
  const ids = [...bases.keys()].sort();
  for (const id of ids) {
    const base = bases.get(id) ?? 'eni';
    let label = (uses.get(base) ?? 0) > 1 ? `${base}_${snake(id.replace(/^eni-/, ''))}` : base;
    for (let n = 2; taken.has(label); n += 1) {
      label = `${base}_${n}`;
    }
    taken.add(label);
    labels.set(id, label);
  }
  return labels;
}
