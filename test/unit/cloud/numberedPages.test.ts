import * as assert from 'node:assert';
import { PageSlots } from '../../../src/cloud/pageSlots';
import { batches, collectNumberedPages, MAX_ITEMS } from '../../../src/cloud/paging';

describe('collectNumberedPages', () => {
  it('reads page 1, then the rest side by side, within its slots, in page order', async () => {
    const data = Array.from({ length: 95 }, (_, n) => n);
    let inFlight = 0;
    let most = 0;
    const progress: number[] = [];
    const all = await collectNumberedPages(
      async (page) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5 + ((page * 7) % 5)));
        inFlight -= 1;
        return { items: data.slice((page - 1) * 10, page * 10), totalCount: data.length };
      },
      { pageSize: 10, slots: new PageSlots(3), key: String, progress: (loaded) => progress.push(loaded.length) },
    );
    assert.deepStrictEqual(all, data);
    assert.strictEqual(most, 3);
    assert.strictEqual(progress[0], 10, 'the first page is told first');
    assert.strictEqual(progress.at(-1), 95);
  });

  it('tells progress of every item landed so far, in landing order, on one list that grows (no copy per page)', async () => {
    const landed: number[] = [];
    const landedAfterPage: number[] = [];
    const told: Array<{ list: readonly number[]; items: number[]; total: number }> = [];
    const all = await collectNumberedPages(
      async (page) => {
        await new Promise((resolve) => setTimeout(resolve, (page * 13) % 7));
        const items = Array.from({ length: page === 6 ? 3 : 5 }, (_, n) => (page - 1) * 5 + n);
        landed.push(...items);
        landedAfterPage.push(landed.length);
        return { items, totalCount: 28 };
      },
      {
        pageSize: 5,
        slots: new PageSlots(4),
        key: String,
        progress: (loaded, total) => told.push({ list: loaded, items: [...loaded], total }),
      },
    );
    assert.deepStrictEqual(
      all,
      Array.from({ length: 28 }, (_, n) => n),
    );
    assert.notDeepStrictEqual(landed, all, 'the pages landed out of order');
    assert.deepStrictEqual(
      told.map((call) => call.items.length),
      landedAfterPage,
      'once per page, as it lands',
    );
    for (const call of told) {
      assert.deepStrictEqual(call.items, landed.slice(0, call.items.length));
      assert.strictEqual(call.total, 28);
      // Copying the whole list on every page made a region of 100 pages quadratic.
      assert.strictEqual(call.list, told[0]?.list, 'the same list, grown in place');
    }
  });

  it('drops a row that moved between pages and shows up twice', async () => {
    const pages = [
      [1, 2],
      [2, 3],
    ];
    const all = await collectNumberedPages(async (page) => ({ items: pages[page - 1] ?? [], totalCount: 4 }), {
      pageSize: 2,
      slots: new PageSlots(4),
      key: String,
    });
    assert.deepStrictEqual(all, [1, 2, 3]);
  });

  it('fails when a page fails, and asks for no more pages after that', async () => {
    const asked: number[] = [];
    await assert.rejects(
      collectNumberedPages(
        async (page) => {
          asked.push(page);
          if (page === 2) {
            throw new Error('page 2 failed');
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
          return { items: [page], totalCount: 10 };
        },
        { pageSize: 1, slots: new PageSlots(1), key: String },
      ),
      /page 2 failed/,
    );
    assert.deepStrictEqual(asked, [1, 2]);
  });

  it('shares its slots with the other lists: the longer list takes those the shorter one left', async () => {
    const slots = new PageSlots(4);
    let inFlight = 0;
    let most = 0;
    const longInFlight: number[] = [];
    let shortDone = false;
    const list = (name: 'short' | 'long', count: number) =>
      collectNumberedPages(
        async (page) => {
          inFlight += page === 1 ? 0 : 1;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 10));
          if (name === 'long' && page > 1 && shortDone) {
            longInFlight.push(inFlight);
          }
          inFlight -= page === 1 ? 0 : 1;
          return { items: [`${name}-${page}`], totalCount: count };
        },
        { pageSize: 1, slots, key: String },
      );
    const [short, long] = await Promise.all([
      list('short', 5).then((items) => {
        shortDone = true;
        return items;
      }),
      list('long', 21),
    ]);
    assert.strictEqual(short.length, 5);
    assert.strictEqual(long.length, 21);
    assert.strictEqual(most, 4, 'never more pages in flight than slots, both lists together');
    assert.ok(
      longInFlight.some((n) => n === 4),
      `once the short list is done, the long one has all four slots (saw ${longInFlight.join(', ')})`,
    );
  });

  it('splits ids into batches', () => {
    assert.deepStrictEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    assert.deepStrictEqual(batches([], 100), []);
  });
});

describe('collectNumberedPages against a TotalCount it cannot believe', () => {
  it('asks for at most a million items, and one page when the count is not a number', async () => {
    const asked: number[] = [];
    await collectNumberedPages(
      async (page) => {
        asked.push(page);
        return { items: [], totalCount: 1e9 };
      },
      { pageSize: 100, slots: new PageSlots(8), key: String },
    );
    assert.equal(Math.max(...asked), MAX_ITEMS / 100);
    asked.length = 0;
    await collectNumberedPages(
      async (page) => {
        asked.push(page);
        return { items: [1], totalCount: Infinity };
      },
      { pageSize: 100, slots: new PageSlots(8), key: String },
    );
    assert.deepEqual(asked, [1]);
  });
});

describe('collectNumberedPages after a failure', () => {
  it('lets a page in flight land, but starts no other page', async () => {
    const asked: number[] = [];
    let land: () => void = () => undefined;
    const loading = collectNumberedPages(
      async (page) => {
        asked.push(page);
        if (page === 2) {
          throw new Error('page 2 failed');
        }
        if (page === 3) {
          await new Promise<void>((resolve) => {
            land = resolve;
          });
        }
        return { items: [page], totalCount: 10 };
      },
      { pageSize: 1, slots: new PageSlots(2), key: String },
    );
    await assert.rejects(loading, /page 2 failed/);
    land();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(asked, [1, 2, 3]);
  });
});
