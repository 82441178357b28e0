import type { Answer, Side } from './side';

type Json = Record<string, unknown>;

/** What a side's earlier answers showed, for the requests that name a resource of its own. */
export interface Found {
  instanceId?: string;
  instanceType?: string;
  networkInterfaceId?: string;
  securityGroupId?: string;
}

/** One read of the plan: its action, and its query for a side (undefined: that side has nothing to ask it about). */
export interface ReadStep {
  readonly action: string;
  readonly note: string;
  readonly query: (regionId: string, found: Found) => Json | undefined;
  /** Remembers from the answer what later steps name. */
  readonly learn?: (body: Json, found: Found) => void;
}

const first = (body: Json, outer: string, inner: string): Json | undefined => {
  const list = (body[outer] as Json | undefined)?.[inner];
  return Array.isArray(list) && typeof list[0] === 'object' && list[0] !== null ? (list[0] as Json) : undefined;
};
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The reads browsing makes, each as the extension sends it, and the paging and refusals a real account answers. */
export const READ_STEPS: readonly ReadStep[] = [
  { action: 'DescribeRegions', note: 'region names', query: () => ({ AcceptLanguage: 'en-US' }) },
  {
    action: 'DescribeInstances',
    note: 'a page by number',
    query: (regionId) => ({ RegionId: regionId, PageNumber: 1, PageSize: 10 }),
    learn: (body, found) => {
      const instance = first(body, 'Instances', 'Instance');
      found.instanceId ??= text(instance?.InstanceId);
      found.instanceType ??= text(instance?.InstanceType);
    },
  },
  { action: 'DescribeInstances', note: 'a page by token', query: (regionId) => ({ RegionId: regionId, MaxResults: 10 }) },
  {
    action: 'DescribeInstances',
    note: 'by id',
    query: (regionId, found) =>
      found.instanceId ? { RegionId: regionId, InstanceIds: JSON.stringify([found.instanceId]), MaxResults: 100 } : undefined,
  },
  {
    action: 'DescribeNetworkInterfaces',
    note: 'a page by number',
    query: (regionId) => ({ RegionId: regionId, PageNumber: 1, PageSize: 10 }),
    learn: (body, found) => {
      found.networkInterfaceId ??= text(first(body, 'NetworkInterfaceSets', 'NetworkInterfaceSet')?.NetworkInterfaceId);
    },
  },
  { action: 'DescribeNetworkInterfaces', note: 'a page by token', query: (regionId) => ({ RegionId: regionId, MaxResults: 10 }) },
  {
    action: 'DescribeNetworkInterfaces',
    note: 'by id',
    query: (regionId, found) =>
      found.networkInterfaceId ? { RegionId: regionId, NetworkInterfaceId: [found.networkInterfaceId], MaxResults: 100 } : undefined,
  },
  {
    action: 'DescribeNetworkInterfaces',
    note: 'an id that does not exist',
    query: (regionId) => ({ RegionId: regionId, NetworkInterfaceId: ['eni-0smokekitnotthere00'], MaxResults: 100 }),
  },
  {
    action: 'DescribeVSwitches',
    note: "VPC's, a page by number",
    query: (regionId) => ({ RegionId: regionId, PageNumber: 1, PageSize: 10 }),
  },
  {
    action: 'DescribeSecurityGroups',
    note: 'a page by token',
    query: (regionId) => ({ RegionId: regionId, MaxResults: 10 }),
    learn: (body, found) => {
      found.securityGroupId ??= text(first(body, 'SecurityGroups', 'SecurityGroup')?.SecurityGroupId);
    },
  },
  {
    action: 'DescribeSecurityGroupAttribute',
    note: 'both directions',
    query: (regionId, found) =>
      found.securityGroupId ? { RegionId: regionId, SecurityGroupId: found.securityGroupId, Direction: 'all', MaxResults: 10 } : undefined,
  },
  {
    action: 'DescribeInstanceTypes',
    note: "an instance's type",
    query: (_regionId, found) => ({ InstanceTypes: [found.instanceType ?? 'ecs.g7.large'], MaxResults: 10 }),
  },
  { action: 'DescribeInstances', note: 'a region that does not exist', query: () => ({ RegionId: 'cn-smokekit-1', PageSize: 10 }) },
  // The reference's tables list MissingParameter; the emulator answers Missing<Name>, as the gateway is reported to.
  { action: 'DescribeSecurityGroupAttribute', note: 'a required parameter left out', query: (regionId) => ({ RegionId: regionId }) },
];

/** What one step got from each side. */
export interface StepRun {
  readonly step: ReadStep;
  readonly regionId: string;
  readonly params: readonly string[];
  readonly answers: Partial<Record<Side['name'], Answer>>;
}

/** Runs the reads on every side, each with its own region's resources, step by step so the answers line up. */
export async function runReads(sides: ReadonlyArray<{ side: Side; regionId: string }>): Promise<StepRun[]> {
  const found = new Map<Side['name'], Found>(sides.map(({ side }) => [side.name, {}]));
  const runs: StepRun[] = [];
  for (const step of READ_STEPS) {
    const answers: Partial<Record<Side['name'], Answer>> = {};
    let params: readonly string[] = [];
    for (const { side, regionId } of sides) {
      const known = found.get(side.name) ?? {};
      const query = step.query(regionId, known);
      if (!query) {
        continue;
      }
      params = Object.keys(query);
      const answer = await side.send(step.action, regionId, query);
      answers[side.name] = answer;
      if (answer.ok) {
        step.learn?.(answer.body, known);
      }
    }
    runs.push({ step, regionId: sides[0]?.regionId ?? '', params, answers });
  }
  return runs;
}
