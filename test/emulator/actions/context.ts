import { errors, invalidParameter } from '../errors';
import type { EmAccount, EmRegion } from '../model';
import { clampMaxResults, tokenPage } from '../paging';
import type { Params } from '../params';
import type { World } from '../world';

export interface ActionContext {
  readonly account: EmAccount;
  readonly params: Params;
  readonly world: World;
}

export type ActionHandler = (context: ActionContext) => Record<string, unknown>;

export function region(context: ActionContext, notFound = errors.regionNotFound): EmRegion {
  const regionId = context.params.required('RegionId');
  const found = context.account.regions.find((candidate) => candidate.regionId === regionId);
  if (!found) {
    throw notFound();
  }
  return found;
}

export interface PagingLimits {
  /** MaxResults range of NextToken paging; outside it the value is clamped, as documented. */
  readonly minResults: number;
  readonly maxResults: number;
  /** MaxResults when not sent; the minimum unless said. */
  readonly defaultResults?: number;
  /** PageSize limit and default of PageNumber paging. */
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
}

/**
 * NextToken/MaxResults paging, or the legacy PageNumber/PageSize paging when only those are given.
 * With NextToken paging ECS documents TotalCount as meaningless; the emulator still sends the full count.
 */
export function paginate<T>(params: Params, all: readonly T[], limits: PagingLimits): { items: T[]; fields: Record<string, unknown> } {
  const nextToken = params.optional('NextToken');
  const maxResults = params.integer('MaxResults');
  // Without MaxResults and NextToken the older paging answers, with its TotalCount and a page of PageSize (10 by default).
  const legacy = nextToken === undefined && maxResults === undefined;
  if (!legacy) {
    const page = tokenPage(all, nextToken, clampMaxResults(maxResults, limits.minResults, limits.maxResults, limits.defaultResults));
    return { items: page.items, fields: { NextToken: page.nextToken, PageNumber: 1, PageSize: page.items.length, TotalCount: all.length } };
  }
  return numberedPage(params, all, limits);
}

/** PageNumber/PageSize paging, the only kind some actions (DescribeVSwitches) have. */
export function numberedPage<T>(
  params: Params,
  all: readonly T[],
  limits: Pick<PagingLimits, 'maxPageSize' | 'defaultPageSize'>,
): { items: T[]; fields: Record<string, unknown> } {
  const number = params.integer('PageNumber') ?? 1;
  if (number < 1) {
    throw invalidParameter('PageNumber', 'It must be 1 or more.');
  }
  const size = params.integer('PageSize') ?? limits.defaultPageSize;
  if (size < 1 || size > limits.maxPageSize) {
    throw invalidParameter('PageSize', `It must be from 1 to ${limits.maxPageSize}.`);
  }
  const items = all.slice((number - 1) * size, number * size);
  return { items, fields: { PageNumber: number, PageSize: size, TotalCount: all.length } };
}
