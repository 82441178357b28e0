import type { InstanceTypeInfo } from '../domain/instanceType';
import type { EcsApi } from './ecsApi';
import { isEcsError } from './ecsError';

const PERMISSION_CODES: ReadonlySet<string> = new Set(['Forbidden.RAM', 'NoPermission']);

/** Instance types do not change under us: each is read from DescribeInstanceTypes once per session. */
export class InstanceTypeCache {
  private readonly known = new Map<string, Promise<InstanceTypeInfo | undefined>>();

  constructor(private readonly api: () => EcsApi) {}

  /** The types asked for that ECS knows; ones it does not know are left out. */
  async get(instanceTypeIds: readonly string[]): Promise<Map<string, InstanceTypeInfo>> {
    const missing = [...new Set(instanceTypeIds)].filter((id) => !this.known.has(id));
    if (missing.length > 0) {
      // A RAM policy without ecs:DescribeInstanceTypes leaves the types unknown (for this connection): the rules then
      // skip what only the type tells (the ENI limit), and ECS still enforces it. Any other failure is not kept.
      const fetched = this.api()
        .describeInstanceTypes(missing)
        .catch((error: unknown) => {
          if (isEcsError(error) && PERMISSION_CODES.has(error.code)) {
            return [];
          }
          throw error;
        });
      for (const id of missing) {
        const entry = fetched.then((types) => types.find((t) => t.instanceTypeId === id));
        entry.catch(() => this.known.delete(id));
        this.known.set(id, entry);
      }
    }
    const result = new Map<string, InstanceTypeInfo>();
    for (const id of new Set(instanceTypeIds)) {
      const info = await this.known.get(id);
      if (info) {
        result.set(id, info);
      }
    }
    return result;
  }

  clear(): void {
    this.known.clear();
  }
}
