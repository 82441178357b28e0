import { invalidParameter, missingParameter } from './errors';

/** The query parameters of one request, with the lookups the actions need. */
export class Params {
  private readonly values: Map<string, string>;

  constructor(entries: ReadonlyArray<readonly [string, string]>) {
    this.values = new Map(entries);
  }

  /** These parameters and one more (a value the action derives, as a region from a VPC). */
  with(name: string, value: string): Params {
    return new Params([...this.values, [name, value]]);
  }

  /** Every parameter as sent. */
  entries(): Array<[string, string]> {
    return [...this.values];
  }

  /** The value as sent, empty strings included. */
  raw(name: string): string | undefined {
    return this.values.get(name);
  }

  optional(name: string): string | undefined {
    const value = this.values.get(name);
    return value === undefined || value === '' ? undefined : value;
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) {
      throw missingParameter(name);
    }
    return value;
  }

  integer(name: string): number | undefined {
    const value = this.optional(name);
    if (value === undefined) {
      return undefined;
    }
    if (!/^-?\d{1,9}$/.test(value)) {
      throw invalidParameter(name, `The value ${value.slice(0, 40)} is not an integer.`);
    }
    return Number(value);
  }

  /** `Name.1`, `Name.2`, … as the SDK flattens arrays (1-based). */
  list(name: string): string[] {
    const items: string[] = [];
    for (let index = 1; ; index += 1) {
      const value = this.values.get(`${name}.${index}`);
      if (value === undefined) {
        return items;
      }
      items.push(value);
    }
  }

  /** A parameter that carries a JSON array of strings, such as DescribeInstances' InstanceIds. */
  jsonList(name: string): string[] | undefined {
    const value = this.optional(name);
    if (value === undefined) {
      return undefined;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
      throw invalidParameter(`${name}.Malformed`, 'It must be a JSON array of strings.');
    }
    return parsed as string[];
  }
}
