import * as assert from 'node:assert';
import { collectTokenPages } from '../../../src/cloud/paging';

describe('collectTokenPages', () => {
  it('follows the tokens until an empty one, keeping each item once', async () => {
    const pages: Record<string, { items: string[]; nextToken: string }> = {
      start: { items: ['a', 'b'], nextToken: 't1' },
      t1: { items: ['b', 'c'], nextToken: 't2' },
      t2: { items: ['d'], nextToken: '' },
    };
    const asked: Array<string | undefined> = [];
    const all = await collectTokenPages(
      async (token) => {
        asked.push(token);
        return pages[token ?? 'start'] ?? { items: [], nextToken: '' };
      },
      String,
      2,
    );
    assert.deepStrictEqual(all, ['a', 'b', 'c', 'd']);
    assert.deepStrictEqual(asked, [undefined, 't1', 't2']);
  });

  it('stops on a token it has seen before', async () => {
    let calls = 0;
    const all = await collectTokenPages(
      async () => {
        calls += 1;
        return { items: [`item-${calls}`], nextToken: calls % 2 === 0 ? 'even' : 'odd' };
      },
      String,
      1,
    );
    assert.deepStrictEqual([calls, all.length], [3, 3]);
  });

  it('stops on a page that brings nothing new, so that fresh tokens with no items cannot go on for ever', async () => {
    let calls = 0;
    const all = await collectTokenPages(
      async () => {
        calls += 1;
        return { items: calls === 1 ? ['only'] : [], nextToken: `token-${calls}` };
      },
      String,
      100,
    );
    assert.deepStrictEqual([calls, all], [2, ['only']]);
  });

  it('stops after as many pages as a million items of the page size would fill', async () => {
    let calls = 0;
    await collectTokenPages(
      async () => {
        calls += 1;
        return { items: [`item-${calls}`], nextToken: `token-${calls}` };
      },
      String,
      100_000,
    );
    assert.strictEqual(calls, 10);
  });
});
