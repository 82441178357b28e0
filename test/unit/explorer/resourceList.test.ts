import * as assert from 'node:assert/strict';
import { ResourceList } from '../../../src/explorer/resourceList';

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
});
