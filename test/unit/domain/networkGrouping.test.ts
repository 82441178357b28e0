import * as assert from 'node:assert/strict';
import { groupByNetwork, type NetworkTree } from '../../../src/domain/networkGrouping';
import type { NetworkInterface } from '../../../src/domain/networkInterface';
import { aVSwitch, anEni } from '../../support/domainFixtures';

const eniIn = (id: string, vpcId: string, vSwitchId: string): NetworkInterface => anEni({ networkInterfaceId: id, vpcId, vSwitchId });

/** The tree in one line per group: `vpc shown/total`, `  vsw shown/total free: eni, eni`. */
function outline(tree: NetworkTree): string[] {
  return [
    `all ${tree.count.shown}/${tree.count.total}`,
    ...tree.vpcs.flatMap((vpc) => [
      `${vpc.vpcId}${vpc.name ? ` (${vpc.name})` : ''} ${vpc.count.shown}/${vpc.count.total}`,
      ...vpc.vSwitches.map(
        (g) =>
          `  ${g.vSwitch ? g.vSwitchId : '?'} ${g.count.shown}/${g.count.total} free ${g.freeIpCount ?? '-'}: ${g.networkInterfaces
            .map((eni) => eni.networkInterfaceId)
            .join(', ')}`,
      ),
    ]),
  ];
}

describe('ENIs grouped by network', () => {
  const vSwitches = [
    aVSwitch({ vSwitchId: 'vsw-b2', vSwitchName: 'db', vpcId: 'vpc-b', availableIpAddressCount: 10 }),
    aVSwitch({ vSwitchId: 'vsw-a2', vSwitchName: 'app', vpcId: 'vpc-a', availableIpAddressCount: 200 }),
    aVSwitch({ vSwitchId: 'vsw-a1', vSwitchName: 'app', vpcId: 'vpc-a', availableIpAddressCount: 5 }),
    aVSwitch({ vSwitchId: 'vsw-a0', vSwitchName: '', vpcId: 'vpc-a', availableIpAddressCount: 0 }),
    aVSwitch({ vSwitchId: 'vsw-a9', vSwitchName: 'App-2', vpcId: 'vpc-a', availableIpAddressCount: 7 }),
  ];
  const enis = [
    eniIn('eni-3', 'vpc-a', 'vsw-a1'),
    eniIn('eni-1', 'vpc-a', 'vsw-a1'),
    eniIn('eni-2', 'vpc-b', 'vsw-b2'),
    eniIn('eni-4', 'vpc-a', 'vsw-gone'),
    eniIn('eni-5', 'vpc-c', 'vsw-c1'),
  ];

  const cases: Array<[string, Parameters<typeof groupByNetwork>[0], string[]]> = [
    [
      'every ENI, vSwitches by name then id, the unnamed and the unknown last',
      { networkInterfaces: enis, vSwitches },
      [
        'all 5/5',
        'vpc-a 3/3',
        '  vsw-a1 2/2 free 5: eni-3, eni-1',
        '  vsw-a2 0/0 free 200: ',
        '  vsw-a9 0/0 free 7: ',
        '  vsw-a0 0/0 free 0: ',
        '  ? 1/1 free -: eni-4',
        'vpc-b 1/1',
        '  vsw-b2 1/1 free 10: eni-2',
        'vpc-c 1/1',
        '  ? 1/1 free -: eni-5',
      ],
    ],
    [
      'under a filter: what is shown, of what there is',
      { networkInterfaces: enis, vSwitches, shown: new Set(['eni-1', 'eni-5']) },
      [
        'all 2/5',
        'vpc-a 1/3',
        '  vsw-a1 1/2 free 5: eni-1',
        '  vsw-a2 0/0 free 200: ',
        '  vsw-a9 0/0 free 7: ',
        '  vsw-a0 0/0 free 0: ',
        '  ? 0/1 free -: ',
        'vpc-b 0/1',
        '  vsw-b2 0/1 free 10: ',
        'vpc-c 1/1',
        '  ? 1/1 free -: eni-5',
      ],
    ],
    [
      'the vSwitches not loaded: every ENI under its VPC’s unknown bucket',
      { networkInterfaces: enis, vSwitches: [] },
      [
        'all 5/5',
        'vpc-a 3/3',
        '  ? 3/3 free -: eni-3, eni-1, eni-4',
        'vpc-b 1/1',
        '  ? 1/1 free -: eni-2',
        'vpc-c 1/1',
        '  ? 1/1 free -: eni-5',
      ],
    ],
    [
      'VPCs by name when known, then by id',
      {
        networkInterfaces: [eniIn('eni-1', 'vpc-1', ''), eniIn('eni-2', 'vpc-2', ''), eniIn('eni-3', 'vpc-3', '')],
        vSwitches: [],
        vpcNames: new Map([
          ['vpc-3', 'alpha'],
          ['vpc-1', 'Beta'],
        ]),
      },
      [
        'all 3/3',
        'vpc-3 (alpha) 1/1',
        '  ? 1/1 free -: eni-3',
        'vpc-1 (Beta) 1/1',
        '  ? 1/1 free -: eni-1',
        'vpc-2 1/1',
        '  ? 1/1 free -: eni-2',
      ],
    ],
    ['nothing at all', { networkInterfaces: [], vSwitches: [] }, ['all 0/0']],
    [
      'ids with numbers in their natural order',
      {
        networkInterfaces: [],
        vSwitches: [aVSwitch({ vSwitchId: 'vsw-10', vSwitchName: '' }), aVSwitch({ vSwitchId: 'vsw-9', vSwitchName: '' })],
      },
      ['all 0/0', 'vpc-1 0/0', '  vsw-9 0/0 free 200: ', '  vsw-10 0/0 free 200: '],
    ],
  ];
  for (const [what, input, expected] of cases) {
    it(what, () => {
      assert.deepEqual(outline(groupByNetwork(input)), expected);
    });
  }

  it('puts an ENI under its vSwitch’s VPC, and keeps the ENIs as given', () => {
    const eni = eniIn('eni-1', 'vpc-other', 'vsw-a1');
    const tree = groupByNetwork({ networkInterfaces: [eni], vSwitches: [aVSwitch({ vSwitchId: 'vsw-a1', vpcId: 'vpc-a' })] });
    assert.equal(tree.vpcs[0]?.vpcId, 'vpc-a');
    assert.equal(tree.vpcs[0]?.vSwitches[0]?.networkInterfaces[0], eni);
  });
});
