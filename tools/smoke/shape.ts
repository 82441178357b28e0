/**
 * The shape of a JSON answer, without its values: what the smoke kit compares between Alibaba Cloud's answer and the
 * emulator's answer to the same request (field names, types, nesting), and what its report keeps (no value of the
 * account's, so no secret, id or address can be in it).
 */
export type Shape =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'null' }
  | { readonly kind: 'array'; readonly item?: Shape }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>> };

/** Every item of a list merged into one shape: a field any item has is in it. */
export function shapeOf(value: unknown): Shape {
  if (value === null || value === undefined) {
    return { kind: 'null' };
  }
  if (Array.isArray(value)) {
    const items = value.map(shapeOf);
    const item = items.reduce<Shape | undefined>((merged, next) => (merged ? mergeShapes(merged, next) : next), undefined);
    return item ? { kind: 'array', item } : { kind: 'array' };
  }
  if (typeof value === 'object') {
    const fields: Record<string, Shape> = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      // A field name as ECS writes them; any other key (an endpoint may echo a value as one) is not kept.
      fields[/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(key) ? key : '(not a field name)'] = shapeOf(field);
    }
    return { kind: 'object', fields };
  }
  return { kind: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string' };
}

function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind === 'object' && b.kind === 'object') {
    const fields: Record<string, Shape> = { ...a.fields };
    for (const [key, shape] of Object.entries(b.fields)) {
      const known = fields[key];
      fields[key] = known ? mergeShapes(known, shape) : shape;
    }
    return { kind: 'object', fields };
  }
  if (a.kind === 'array' && b.kind === 'array') {
    return a.item && b.item
      ? { kind: 'array', item: mergeShapes(a.item, b.item) }
      : { kind: 'array', ...((a.item ?? b.item) ? { item: a.item ?? b.item } : {}) };
  }
  return a.kind === 'null' ? b : a;
}

/** One difference between the two answers' shapes, at a path such as `NetworkInterfaceSets.NetworkInterfaceSet[].Tags`. */
export interface ShapeDifference {
  readonly path: string;
  readonly cloud: string;
  readonly emulator: string;
}

const describe = (shape: Shape | undefined): string => (shape ? shape.kind : 'absent');

/**
 * Where the shapes differ. A field one side lacks, a type that differs. An empty list on either side says nothing of its
 * items (the account and the emulator hold different resources), and neither does `null` (a field ECS leaves empty).
 */
export function compareShapes(cloud: Shape, emulator: Shape, path = ''): ShapeDifference[] {
  if (cloud.kind === 'null' || emulator.kind === 'null') {
    return [];
  }
  if (cloud.kind !== emulator.kind) {
    return [{ path: path || '(answer)', cloud: cloud.kind, emulator: emulator.kind }];
  }
  if (cloud.kind === 'array' && emulator.kind === 'array') {
    return cloud.item && emulator.item ? compareShapes(cloud.item, emulator.item, `${path}[]`) : [];
  }
  if (cloud.kind === 'object' && emulator.kind === 'object') {
    const keys = [...new Set([...Object.keys(cloud.fields), ...Object.keys(emulator.fields)])].sort();
    return keys.flatMap((key) => {
      const inCloud = cloud.fields[key];
      const inEmulator = emulator.fields[key];
      const at = path ? `${path}.${key}` : key;
      return inCloud && inEmulator
        ? compareShapes(inCloud, inEmulator, at)
        : [{ path: at, cloud: describe(inCloud), emulator: describe(inEmulator) }];
    });
  }
  return [];
}
