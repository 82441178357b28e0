import * as assert from 'node:assert';
import { PageSlots } from '../../../src/cloud/pageSlots';
import { batches, collectNumberedPages, MAX_ITEMS } from '../../../src/cloud/paging';

describe('collectNumberedPages', () => {
  it('reads page 1, then the rest side by side, its workers at a time, in page order', async () => {
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
      { pageSize: 10, workers: 3, key: String, progress: (loaded) => progress.push(loaded.length) },
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
        workers: 4,
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
      workers: 4,
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
        { pageSize: 1, workers: 1, key: String },
      ),
      /page 2 failed/,
    );
    assert.deepStrictEqual(asked, [1, 2]);
  });

  it('with slots shared as the adapter shares them, the longer list takes those the shorter one left', async () => {
    const slots = new PageSlots(4);
    let inFlight = 0;
    let most = 0;
    const longInFlight: number[] = [];
    let shortDone = false;
    const list = (name: 'short' | 'long', count: number) =>
      collectNumberedPages(
        async (page) => {
          const fetch = async () => {
            inFlight += 1;
            most = Math.max(most, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 10));
            if (name === 'long' && shortDone) {
              longInFlight.push(inFlight);
            }
            inFlight -= 1;
            return { items: [`${name}-${page}`], totalCount: count };
          };
          return page === 1 ? fetch() : slots.run(fetch);
        },
        { pageSize: 1, workers: 4, key: String },
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
    assert.ok(most <= 6, `at most the four slots and the two first pages in flight (saw ${most})`);
    assert.ok(
      longInFlight.some((n) => n === 4),
      `once the short list is done, the long one has all four slots (saw ${longInFlight.join(', ')})`,
    );
  });

  it('asks for no page once its signal is aborted, and rejects as cancelled', async () => {
    const asked: number[] = [];
    const reads = new AbortController();
    const loading = collectNumberedPages(
      async (page) => {
        asked.push(page);
        if (page === 3) {
          reads.abort();
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { items: [page], totalCount: 20 };
      },
      { pageSize: 1, workers: 2, key: String, signal: reads.signal },
    );
    await assert.rejects(loading, (error: { code?: string }) => error.code === 'Cancelled');
    assert.deepStrictEqual(asked, [1, 2, 3]);
    await assert.rejects(
      collectNumberedPages(() => Promise.reject(new Error('asked')), { pageSize: 1, workers: 1, key: String, signal: reads.signal }),
      (error: { code?: string }) => error.code === 'Cancelled',
      'an aborted signal asks for nothing at all',
    );
  });

  it('tells nothing of a page that lands after another failed, and stops when its listener throws', async () => {
    const told: number[] = [];
    let land: () => void = () => undefined;
    const loading = collectNumberedPages(
      async (page) => {
        if (page === 2) {
          await new Promise<void>((resolve) => {
            land = resolve;
          });
        }
        if (page === 3) {
          throw new Error('page 3 failed');
        }
        return { items: [page], totalCount: 10 };
      },
      { pageSize: 1, workers: 2, key: String, progress: (loaded) => told.push(loaded.length) },
    );
    await assert.rejects(loading, /page 3 failed/);
    land();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(told, [1], 'page 2 landed after page 3 failed: not told');
    const asked: number[] = [];
    await assert.rejects(
      collectNumberedPages(
        async (page) => {
          asked.push(page);
          return { items: [page], totalCount: 10 };
        },
        {
          pageSize: 1,
          workers: 1,
          key: String,
          progress: (loaded) => {
            if (loaded.length === 2) {
              throw new Error('listener failed');
            }
          },
        },
      ),
      /listener failed/,
    );
    assert.deepStrictEqual(asked, [1, 2]);
  });

  it('runs one worker when told none or a number that is not one', async () => {
    for (const workers of [0, Number.NaN, -1]) {
      const all = await collectNumberedPages(async (page) => ({ items: [page], totalCount: 3 }), { pageSize: 1, workers, key: String });
      assert.deepStrictEqual(all, [1, 2, 3]);
    }
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
      { pageSize: 100, workers: 8, key: String },
    );
    assert.equal(Math.max(...asked), MAX_ITEMS / 100);
    asked.length = 0;
    await collectNumberedPages(
      async (page) => {
        asked.push(page);
        return { items: [1], totalCount: Infinity };
      },
      { pageSize: 100, workers: 8, key: String },
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
      { pageSize: 1, workers: 2, key: String },
    );
    await assert.rejects(loading, /page 2 failed/);
    land();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(asked, [1, 2, 3]);
  });
});
