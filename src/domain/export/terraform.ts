import type { NetworkInterface } from '../networkInterface';
import { alignedAttributes, hclList, hclString } from './hcl';
import { resourceLabels } from './terraformLabels';

/**
 * Terraform for ENIs, on the alicloud provider's `alicloud_ecs_network_interface` and
 * `alicloud_ecs_network_interface_attachment`, each with an `import` block (Terraform 1.5 and later) so that
 * `terraform plan` adopts the existing resources instead of creating new ones. Attribute names and the attachment's
 * import id `<network_interface_id>:<instance_id>`:
 * https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/ecs_network_interface and
 * https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/ecs_network_interface_attachment
 */

const ENI_TYPE = 'alicloud_ecs_network_interface';
const ATTACHMENT_TYPE = 'alicloud_ecs_network_interface_attachment';
const INDENT = '  ';

const HEADER = [
  '# The vSwitches and security groups are named by id: they are not part of this export.',
  '# The import blocks need Terraform 1.5 or later.',
];

/** ECS's description, when the row's read reported one (the domain type keeps it only among the raw properties). */
function descriptionOf(eni: NetworkInterface): string | undefined {
  const description = eni.properties.Description;
  return typeof description === 'string' && description !== '' ? description : undefined;
}

function block(header: string, lines: readonly string[]): string {
  return [`${header} {`, ...lines, '}'].join('\n');
}

function importBlock(to: string, id: string): string {
  return block(
    'import',
    alignedAttributes(
      [
        ['to', to],
        ['id', hclString(id)],
      ],
      INDENT,
    ),
  );
}

function eniResource(eni: NetworkInterface, label: string): string {
  const attributes: Array<[string, string]> = [['vswitch_id', hclString(eni.vSwitchId)]];
  if (eni.securityGroupIds.length > 0) {
    attributes.push(['security_group_ids', hclList(eni.securityGroupIds)]);
  }
  if (eni.networkInterfaceName !== '') {
    attributes.push(['network_interface_name', hclString(eni.networkInterfaceName)]);
  }
  const description = descriptionOf(eni);
  if (description !== undefined) {
    attributes.push(['description', hclString(description)]);
  }
  if (eni.privateIpAddress !== '') {
    attributes.push(['primary_ip_address', hclString(eni.privateIpAddress)]);
  }
  const lines = alignedAttributes(attributes, INDENT);
  if (eni.tags.length > 0) {
    const entries = alignedAttributes(
      eni.tags.map((tag) => [hclString(tag.key), hclString(tag.value)]),
      INDENT + INDENT,
    );
    lines.push(`${INDENT}tags = {`, ...entries, `${INDENT}}`);
  }
  return block(`resource "${ENI_TYPE}" "${label}"`, lines);
}

function attachmentResource(eni: NetworkInterface, label: string): string {
  const lines = alignedAttributes(
    [
      ['network_interface_id', `${ENI_TYPE}.${label}.id`],
      ['instance_id', hclString(eni.instanceId)],
    ],
    INDENT,
  );
  return block(`resource "${ATTACHMENT_TYPE}" "${label}"`, lines);
}

/** The primary ENI comes and goes with its instance; the attachment resource is for the others. */
const isAttachedSecondary = (eni: NetworkInterface): boolean => eni.instanceId !== '' && eni.type !== 'Primary';

function eniBlocks(eni: NetworkInterface, label: string): string[] {
  const blocks = [eniResource(eni, label), importBlock(`${ENI_TYPE}.${label}`, eni.networkInterfaceId)];
  if (eni.type === 'Primary') {
    const owner = eni.instanceId.replace(/[^\w-]/g, '') || 'an instance';
    blocks[0] = `# The primary ENI of ${owner}: ECS creates and releases it with the instance.\n${blocks[0]}`;
  }
  if (isAttachedSecondary(eni)) {
    blocks.push(attachmentResource(eni, label), importBlock(`${ATTACHMENT_TYPE}.${label}`, `${eni.networkInterfaceId}:${eni.instanceId}`));
  }
  return blocks;
}

/** HCL for these ENIs (each once, in the order given), with the import blocks that adopt them. */
export function terraformFor(enis: readonly NetworkInterface[]): string {
  const unique = enis.filter((eni, index) => enis.findIndex((other) => other.networkInterfaceId === eni.networkInterfaceId) === index);
  const labels = resourceLabels(unique);
  const blocks = unique.flatMap((eni) => eniBlocks(eni, labels.get(eni.networkInterfaceId) ?? 'eni'));
  return `${[HEADER.join('\n'), ...blocks].join('\n\n')}\n`;
}
