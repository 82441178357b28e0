import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { registerCommands, runAtBoundary } from '../../src/commands/commandBoundary';
import { CommandFailure } from '../../src/commands/kit/commandFailure';
import { ErrorNotifier } from '../../src/ui/errorNotifier';
import { ExtensionLog } from '../../src/ui/log';
import { RecordingUserInterface } from './recordingUserInterface';

const quietChannel = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  show: () => undefined,
  dispose: () => undefined,
};

/** Resolves once `count` failures were shown, looking after each turn of the event loop (the boundary does not wait for the user). */
async function failuresShown(ui: RecordingUserInterface, count: number): Promise<string[]> {
  for (let turn = 0; turn < 1000 && ui.told.filter((told) => told.kind === 'fail').length < count; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  return ui.told.filter((told) => told.kind === 'fail').map((told) => told.text);
}

describe('the command boundary', () => {
  let ui: RecordingUserInterface;
  let parts: { log: ExtensionLog; notifier: ErrorNotifier };
  const registered: vscode.Disposable[] = [];
  let next = 0;

  beforeEach(() => {
    ui = new RecordingUserInterface();
    const log = new ExtensionLog(quietChannel);
    parts = { log, notifier: new ErrorNotifier(log, ui) };
  });

  afterEach(() => {
    registered.splice(0).forEach((disposable) => disposable.dispose());
    ui.assertAllAnswered();
  });

  /** Registers `run` under a new id through the boundary and runs it once. */
  async function runCommand(run: () => unknown): Promise<unknown> {
    const id = `alicloudEcsTest.boundary${next++}`;
    registered.push(...registerCommands(parts, [{ id, failure: () => "Couldn't run the test command", run }]));
    return vscode.commands.executeCommand(id);
  }

  it('shows a thrown CommandFailure as it describes itself and answers the caller with its answer', async () => {
    const answer = await runCommand(() => {
      throw new CommandFailure(
        { code: 'InvalidOperation.InvalidEniState', message: 'eni-1 is InUse', detail: 'eni-1 is InUse' },
        { what: "Couldn't attach eni-1 to i-1", outcome: 'eni-1 is InUse on i-2.' },
        { kind: 'refused', code: 'InvalidOperation.InvalidEniState' },
      );
    });
    assert.deepStrictEqual(answer, { kind: 'refused', code: 'InvalidOperation.InvalidEniState' });
    const [shown] = await failuresShown(ui, 1);
    assert.match(shown ?? '', /^Couldn't attach eni-1 to i-1: .*\(InvalidOperation\.InvalidEniState\).*eni-1 is InUse on i-2\.$/);
  });

  it("shows anything else under the command's failure, with the code only: a library's words stay in the log", async () => {
    const answer = await runCommand(() => {
      throw new Error('ENOENT /home/someone/.aliyun/config.json');
    });
    assert.strictEqual(answer, undefined);
    const [shown] = await failuresShown(ui, 1);
    assert.match(shown ?? '', /^Couldn't run the test command: .*\(UnknownError\)/);
    assert.doesNotMatch(shown ?? '', /ENOENT|\.aliyun/);
  });

  it("shows a made-up value that throws when read under the command's own words, answering nothing", async () => {
    const forged = new Proxy(
      {},
      {
        get: () => {
          throw new Error('read me');
        },
        getPrototypeOf: () => {
          throw new Error('read me');
        },
      },
    );
    const answer = await runCommand(() => {
      throw forged;
    });
    assert.strictEqual(answer, undefined);
    const [shown] = await failuresShown(ui, 1);
    assert.match(shown ?? '', /^Couldn't run the test command: /);
  });

  it('says nothing about a cancellation', async () => {
    await runCommand(() => {
      throw new vscode.CancellationError();
    });
    await runCommand(() => 'done');
    assert.deepStrictEqual(await failuresShown(ui, 0), []);
  });

  it('runs Retry at the boundary again: a retry that fails is shown too, not lost as an unhandled rejection', async () => {
    let tries = 0;
    const attempt = (): never => {
      tries += 1;
      throw new CommandFailure(
        { code: 'RequestTimeout', message: `try ${tries}` },
        { what: `Couldn't list, try ${tries}`, retry: attempt },
      );
    };
    ui.clickOn(/^Couldn't list, try 1/, 'Retry');
    await runCommand(attempt);
    const shown = await failuresShown(ui, 2);
    assert.strictEqual(tries, 2);
    assert.deepStrictEqual(
      shown.map((text) => text.split(':')[0]),
      ["Couldn't list, try 1", "Couldn't list, try 2"],
    );
  });

  it("runs a remedy at the boundary too, and shows the remedy's own failure", async () => {
    const remedy = {
      label: 'Reboot, then Attach',
      run: () => {
        throw new CommandFailure({ code: 'Forbidden.RAM', message: 'no' }, { what: 'Reboot, then Attach stopped' });
      },
    };
    ui.clickOn(/^Couldn't attach/, 'Reboot, then Attach');
    await runAtBoundary(
      parts,
      'alicloudEcs.attachNetworkInterface',
      () => 'unused',
      () => {
        throw new CommandFailure(
          { code: 'InvalidOperation.InvalidEcsState', message: 'started before April 2018' },
          { what: "Couldn't attach", remedy },
        );
      },
    );
    const shown = await failuresShown(ui, 2);
    assert.match(shown[1] ?? '', /^Reboot, then Attach stopped: .*\(Forbidden\.RAM\)/);
  });
});
