import * as assert from 'node:assert/strict';
import { ResourceList } from '../../../src/store/resourceList';

const key = (item: string): string => item;

describe('a resource list', () => {
  it('stays failed when a page lands after the read failed', async () => {
    let lateProgress: () => void = () => undefined;
    const list = new ResourceList<string>(
      {
        fetch: (progress) => {
          lateProgress = () => progress(['eni-late'], 5);
          return Promise.reject(new Error('page 2 failed'));
        },
        key,
      },
      () => undefined,
    );
    await list.complete();
    assert.equal(list.state.kind, 'failed');
    lateProgress();
    assert.equal(list.state.kind, 'failed', 'not turned back into a partial list');
    assert.equal(list.loading, false);
  });

  it('aborts the reads under way when reset, so that they stop asking for pages', async () => {
    const signals: AbortSignal[] = [];
    let finish: (items: string[]) => void = () => undefined;
    const list = new ResourceList<string>(
      {
        fetch: (_progress, signal) => {
          signals.push(signal);
          return new Promise<string[]>((resolve) => {
            finish = resolve;
          });
        },
        key,
      },
      () => undefined,
    );
    void list.ensure();
    finish(['eni-1']);
    await list.complete();
    const reloading = list.reload();
    assert.equal(signals.length, 2);
    assert.equal(signals[1]?.aborted, false);
    list.reset();
    assert.equal(signals[1]?.aborted, true, 'the reload was told');
    finish(['eni-1', 'eni-2']);
    assert.equal(await reloading, undefined, 'and its answer is not taken');
    void list.ensure();
    assert.equal(signals[2]?.aborted, false, 'a read after the reset has a signal of its own');
  });

  it('reads once when asked again before its first page is in', async () => {
    let reads = 0;
    let finish: (items: string[]) => void = () => undefined;
    const list = new ResourceList<string>(
      {
        fetch: () => {
          reads += 1;
          return new Promise<string[]>((resolve) => {
            finish = resolve;
          });
        },
        key,
      },
      () => undefined,
    );
    const first = list.ensure();
    const again = list.ensure();
    const whole = list.complete();
    finish(['i-1']);
    await Promise.all([first, again, whole]);
    assert.equal(reads, 1);
    assert.deepEqual(list.items(), ['i-1']);
  });

  it('shows the first page while the rest are on their way, and patches what it shows meanwhile', async () => {
    let told: (loaded: readonly string[], total: number) => void = () => undefined;
    let finish: (items: string[]) => void = () => undefined;
    const list = new ResourceList<string>(
      {
        fetch: (progress) => {
          told = progress;
          return new Promise<string[]>((resolve) => {
            finish = resolve;
          });
        },
        key,
      },
      () => undefined,
    );
    const first = list.ensure();
    told(['a', 'b'], 4);
    await first;
    assert.equal(list.state.kind, 'loading');
    assert.deepEqual(list.items(), ['a', 'b']);
    assert.equal(list.get('b'), 'b');
    list.patch(['c'], ['a']);
    assert.equal(list.state.kind, 'loading', 'a fresh read patches a partial list and keeps it partial');
    assert.deepEqual(list.items(), ['b', 'c']);
    finish(['a', 'b', 'd', 'e']);
    await list.complete();
    assert.equal(list.state.kind, 'loaded');
    assert.deepEqual(list.items(), ['a', 'b', 'd', 'e']);
  });

  it('changes nothing and tells no one when a load that a reset left behind ends', async () => {
    const finishes: Array<(items: string[]) => void> = [];
    let told = 0;
    const list = new ResourceList<string>(
      {
        fetch: () =>
          new Promise<string[]>((resolve) => {
            finishes.push(resolve);
          }),
        key,
      },
      () => {
        told += 1;
      },
    );
    void list.ensure();
    list.reset();
    finishes[0]?.(['stale']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(list.state.kind, 'idle');
    assert.equal(told, 0);
    assert.equal(list.loading, false);
  });

  it('reads nothing more once stopped, and a wait on it ends', async () => {
    let reads = 0;
    const list = new ResourceList<string>(
      {
        fetch: () => {
          reads += 1;
          return Promise.resolve(['a']);
        },
        key,
      },
      () => undefined,
    );
    list.stop();
    await list.ensure();
    await list.complete();
    assert.equal(reads, 0);
    assert.equal(list.state.kind, 'idle');
  });

  it('patches a resource where it stands: the rows keep their order after an operation', async () => {
    const list = new ResourceList<{ id: string; status: string }>(
      { fetch: async () => ['a', 'b', 'c', 'd'].map((id) => ({ id, status: 'Running' })), key: (item) => item.id },
      () => undefined,
    );
    await list.complete();
    list.patch([{ id: 'b', status: 'Stopped' }], ['b']);
    list.patch(
      [
        { id: 'a', status: 'Stopping' },
        { id: 'e', status: 'Pending' },
      ],
      ['a', 'c', 'e'],
    );
    assert.deepEqual(
      list.items().map((item) => `${item.id}:${item.status}`),
      ['a:Stopping', 'b:Stopped', 'd:Running', 'e:Pending'],
    );
  });

  it('reloads in place: keeps what a fresh read patched meanwhile, and says a resource came', async () => {
    let answer = ['a', 'b'];
    let hold: Promise<void> = Promise.resolve();
    const list = new ResourceList<{ id: string; name: string }>(
      {
        fetch: async () => {
          await hold;
          return answer.map((id) => ({ id, name: `old ${id}` }));
        },
        key: (item) => item.id,
      },
      () => undefined,
    );
    await list.complete();
    let release: () => void = () => undefined;
    hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    answer = ['a', 'b', 'c'];
    const reloading = list.reload();
    list.patch([{ id: 'a', name: 'renamed a' }], ['a']);
    release();
    const result = await reloading;
    assert.deepEqual(result, { changed: ['c'], reshaped: true });
    assert.equal(list.get('a')?.name, 'renamed a', 'the fresher read of a stays');
    hold = Promise.resolve();
    answer = ['a', 'b', 'c'];
    assert.deepEqual(await list.reload(), { changed: ['a'], reshaped: false });
  });
});
