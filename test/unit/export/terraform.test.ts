import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import type { NetworkInterface } from '../../../src/domain/networkInterface';
import { terraformFor } from '../../../src/domain/export/terraform';
import { anEni } from '../../support/domainFixtures';

/** `UPDATE_GOLDEN=1` rewrites the golden files from the current output instead of comparing. */
const GOLDEN = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'export', 'golden');

const ENI_TYPE = 'alicloud_ecs_network_interface';
const ATTACHMENT_TYPE = 'alicloud_ecs_network_interface_attachment';

const HOSTILE = 'say "hi" \\ C:\\dir ${var.x} %{ if true }x%{ endif } $${ok} 100% $ 中文\nline 2\r\ttab \u0001';

const WEB_DATA = anEni({
  networkInterfaceId: 'eni-bp1webdata000000001',
  networkInterfaceName: 'web-data',
  status: 'InUse',
  instanceId: 'i-bp1web000000000001',
  deviceIndex: 1,
  vSwitchId: 'vsw-bp1k',
  securityGroupIds: ['sg-bp1web', 'sg-bp1db'],
  privateIpAddress: '172.16.181.20',
  tags: [
    { key: 'env', value: 'prod' },
    { key: 'team', value: 'network' },
  ],
  properties: { Description: 'data plane of web-1' },
});
const WEB_PRIMARY = anEni({
  networkInterfaceId: 'eni-bp1webprimary00001',
  networkInterfaceName: '',
  type: 'Primary',
  status: 'InUse',
  instanceId: 'i-bp1web000000000001',
  deviceIndex: 0,
  vSwitchId: 'vsw-bp1k',
  privateIpAddress: '172.16.181.10',
});
const SPARE = anEni({ networkInterfaceId: 'eni-bp1spare0000000001', networkInterfaceName: 'spare', privateIpAddress: '172.16.181.30' });
const CHINESE = anEni({
  networkInterfaceId: 'eni-bp1chinese00000001',
  networkInterfaceName: '数据网卡',
  status: 'InUse',
  instanceId: 'i-bp1db0000000000001',
  properties: { Description: '数据库 "主" 网卡' },
  tags: [{ key: '负责人', value: '张三' }],
});
const HOSTILE_ENI = anEni({
  networkInterfaceId: 'eni-bp1hostile0000001',
  networkInterfaceName: `it's "x" \${y}`,
  properties: { Description: HOSTILE },
  tags: [
    { key: HOSTILE, value: HOSTILE },
    { key: 'k"\\', value: '' },
    { key: '${k}', value: '%{v}' },
  ],
});
const SAME_NAME_1 = anEni({ networkInterfaceId: 'eni-bp1same000000000a', networkInterfaceName: 'Web Data' });
const SAME_NAME_2 = anEni({ networkInterfaceId: 'eni-bp1same000000000b', networkInterfaceName: 'web_data' });
const DIGITS = anEni({ networkInterfaceId: 'eni-bp1digits00000001', networkInterfaceName: '9lives' });

const ALL: readonly NetworkInterface[] = [WEB_DATA, WEB_PRIMARY, SPARE, CHINESE, HOSTILE_ENI, SAME_NAME_1, SAME_NAME_2, DIGITS];

type Json = Record<string, unknown>;

/**
 * A string as hcl2json gives it: in Terraform's JSON syntax, where a string is a template and a literal `${` or `%{`
 * is written `$${` or `%%{` (https://developer.hashicorp.com/terraform/language/syntax/json). A value the export let
 * through as a real interpolation would come back as `${…}` and differ.
 */
const asJsonTemplate = (literal: string): string => literal.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

interface Parsed {
  readonly resources: Record<string, Record<string, Json[]>>;
  readonly imports: Array<{ to: string; id: string }>;
}

async function parsed(text: string): Promise<Parsed> {
  const json = (await parse('export.tf', text)) as Json;
  return {
    resources: (json.resource ?? {}) as Parsed['resources'],
    imports: (json.import ?? []) as Parsed['imports'],
  };
}

/** The label of the resource that the import block of this id adopts. */
function labelImported(output: Parsed, type: string, id: string): string {
  const imports = output.imports.filter((block) => block.id === id);
  assert.strictEqual(imports.length, 1, `one import of ${id}`);
  const match = /^\$\{([a-z_]+)\.([A-Za-z0-9_-]+)\}$/.exec(imports[0]?.to ?? '');
  assert.ok(match, `import of ${id} adopts a resource: ${imports[0]?.to}`);
  assert.strictEqual(match[1], type);
  return match[2] ?? '';
}

function only(output: Parsed, type: string, label: string): Json {
  const blocks = output.resources[type]?.[label] ?? [];
  assert.strictEqual(blocks.length, 1, `${type}.${label}`);
  return blocks[0] ?? {};
}

function golden(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  assert.strictEqual(text, fs.readFileSync(file, 'utf8'), `${name} differs; UPDATE_GOLDEN=1 rewrites it`);
}

describe('export: Terraform for ENIs', () => {
  it('writes each ENI as alicloud_ecs_network_interface with its attributes, as an HCL parser reads them back', async () => {
    const output = await parsed(terraformFor(ALL));
    for (const eni of ALL) {
      const label = labelImported(output, ENI_TYPE, eni.networkInterfaceId);
      const resource = only(output, ENI_TYPE, label);
      const description = eni.properties.Description;
      const expected: Json = {
        vswitch_id: eni.vSwitchId,
        security_group_ids: eni.securityGroupIds,
        ...(eni.networkInterfaceName === '' ? {} : { network_interface_name: asJsonTemplate(eni.networkInterfaceName) }),
        ...(typeof description === 'string' ? { description: asJsonTemplate(description) } : {}),
        primary_ip_address: eni.privateIpAddress,
        ...(eni.tags.length === 0
          ? {}
          : { tags: Object.fromEntries(eni.tags.map((tag) => [asJsonTemplate(tag.key), asJsonTemplate(tag.value)])) }),
      };
      assert.deepStrictEqual(resource, expected, eni.networkInterfaceId);
    }
  });

  it('adopts an attached secondary ENI\'s attachment too, imported as "<eni id>:<instance id>", and no other', async () => {
    const output = await parsed(terraformFor(ALL));
    const attached = ALL.filter((eni) => eni.instanceId !== '' && eni.type !== 'Primary');
    assert.deepStrictEqual(
      attached.map((eni) => eni.networkInterfaceId),
      [WEB_DATA.networkInterfaceId, CHINESE.networkInterfaceId],
    );
    for (const eni of attached) {
      const label = labelImported(output, ATTACHMENT_TYPE, `${eni.networkInterfaceId}:${eni.instanceId}`);
      const eniLabel = labelImported(output, ENI_TYPE, eni.networkInterfaceId);
      assert.deepStrictEqual(only(output, ATTACHMENT_TYPE, label), {
        network_interface_id: `\${${ENI_TYPE}.${eniLabel}.id}`,
        instance_id: eni.instanceId,
      });
    }
    assert.strictEqual(Object.keys(output.resources[ATTACHMENT_TYPE] ?? {}).length, attached.length);
    assert.strictEqual(output.imports.length, ALL.length + attached.length);
  });

  it('labels each resource with a Terraform identifier from the ENI name, unique, and the same whatever the order', async () => {
    const labelsOf = async (enis: readonly NetworkInterface[]): Promise<Map<string, string>> => {
      const output = await parsed(terraformFor(enis));
      return new Map(enis.map((eni) => [eni.networkInterfaceId, labelImported(output, ENI_TYPE, eni.networkInterfaceId)]));
    };
    const labels = await labelsOf(ALL);
    for (const label of labels.values()) {
      assert.match(label, /^[a-z_][a-z0-9_]*$/);
    }
    assert.strictEqual(new Set(labels.values()).size, ALL.length);
    assert.deepStrictEqual(await labelsOf([...ALL].reverse()), labels);
    assert.strictEqual(labels.get(WEB_DATA.networkInterfaceId), 'web_data_bp1webdata000000001', 'three ENIs share "web_data"');
    assert.strictEqual(labels.get(SPARE.networkInterfaceId), 'spare');
    assert.strictEqual(labels.get(DIGITS.networkInterfaceId), 'eni_9lives');
    assert.strictEqual(labels.get(CHINESE.networkInterfaceId), 'eni_bp1chinese00000001', 'no ASCII in the name: from the id');
    assert.strictEqual(labels.get(SAME_NAME_1.networkInterfaceId), 'web_data_bp1same000000000a');
    assert.strictEqual(labels.get(SAME_NAME_2.networkInterfaceId), 'web_data_bp1same000000000b');
    assert.strictEqual((await labelsOf([WEB_DATA, SPARE])).get(WEB_DATA.networkInterfaceId), 'web_data', 'alone with its name');
  });

  it('writes an ENI given twice once', async () => {
    const output = await parsed(terraformFor([SPARE, SPARE]));
    assert.strictEqual(output.imports.length, 1);
  });

  it('keeps the layout of the golden files', () => {
    golden('enis.tf', terraformFor([WEB_DATA, WEB_PRIMARY, SPARE, CHINESE]));
    golden('hostile.tf', terraformFor([HOSTILE_ENI, SAME_NAME_1, SAME_NAME_2, DIGITS]));
  });
});
