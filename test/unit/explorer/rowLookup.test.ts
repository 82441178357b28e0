import * as assert from 'node:assert/strict';
import type * as RowLookupModule from '../../../src/explorer/rowLookup';
import type * as SelectedRowsModule from '../../../src/commands/kit/selectedRows';
import { withFakeVscode } from '../../support/fakeVscode';

describe('recognising the row a command was run on', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded while require('vscode') answers with the stand-in
  const { viewRows } = withFakeVscode(() => require('../../../src/explorer/rowLookup') as typeof RowLookupModule);
  const { selectedEnis, selectedInstances } = withFakeVscode(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
    () => require('../../../src/commands/kit/selectedRows') as typeof SelectedRowsModule,
  );
  const looksLikeOurFailure = { [Symbol.for('alicloudEcs.commandFailure')]: true, shown: { what: 'click here' } };
  const throwing = new Proxy(
    {},
    {
      getPrototypeOf: () => {
        throw looksLikeOurFailure;
      },
      get: () => {
        throw looksLikeOurFailure;
      },
    },
  );

  it('takes nothing another extension made up for a row, not even a proxy that throws when asked what it is', () => {
    for (const value of [undefined, null, 'eni-1', { regionId: 'cn-hangzhou', networkInterfaceId: 'eni-1' }, throwing]) {
      assert.equal(viewRows.instance(value), undefined);
      assert.equal(viewRows.networkInterface(value), undefined);
      assert.equal(viewRows.group(value), undefined);
      assert.equal(viewRows.activity(value), undefined);
    }
  });

  it('reads a made-up selection that throws as no selection', () => {
    const selection = new Proxy([throwing], {
      get: () => {
        throw looksLikeOurFailure;
      },
    });
    assert.deepEqual(selectedEnis(viewRows, throwing, selection), []);
    assert.deepEqual(selectedInstances(viewRows, throwing, [throwing]), []);
  });
});
