import * as assert from 'node:assert';
import { collectTokenPages } from '../../../src/cloud/paging';

describe('collectTokenPages', () => {
  it('follows NextToken until it is empty, in order', async () => {
    const pages: Record<string, { items: number[]; nextToken: string }> = {
      '': { items: [1, 2], nextToken: 'a' },
      a: { items: [3], nextToken: 'b' },
      b: { items: [4, 5], nextToken: '' },
    };
    const asked: Array<string | undefined> = [];
    const all = await collectTokenPages(async (token) => {
      asked.push(token);
      const page = pages[token ?? ''];
      assert.ok(page, `asked for an unknown token ${token}`);
      return page;
    });
    assert.deepStrictEqual(all, [1, 2, 3, 4, 5]);
    assert.deepStrictEqual(asked, [undefined, 'a', 'b']);
  });

  it('stops when ECS repeats a token instead of looping forever', async () => {
    await assert.rejects(collectTokenPages(async () => ({ items: [1], nextToken: 'same' })), /twice/);
  });
});
