import * as assert from 'node:assert';
import type * as vscode from 'vscode';
import { NOTIFICATION_LINK } from '../../support/notificationLink';
import type { Candidate, PickResult } from '../../../src/ui/candidatePicker';
import { inertUserInterface } from '../../../src/ui/inertUserInterface';
import type { UserInterface } from '../../../src/ui/userInterface';
import { HOSTILE_TEXTS } from '../../support/hostileTexts';

/** A user interface that keeps every text it is given, and answers with the first item it is offered. */
function recording(): { readonly ui: UserInterface; readonly texts: string[] } {
  const texts: string[] = [];
  const keep = (...values: ReadonlyArray<string | undefined>): void =>
    void texts.push(...values.filter((v): v is string => v !== undefined));
  const keepItems = (items: readonly vscode.QuickPickItem[]): void =>
    items.forEach((item) => keep(item.label, item.description, item.detail));
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
  const ui: UserInterface = {
    inform: async (message) => (keep(message), undefined),
    warn: async (message) => (keep(message), undefined),
    fail: async (message) => (keep(message), undefined),
    ask: async (question, detail) => (keep(question, detail), undefined),
    pick: async (items, options) => {
      const loaded = await items;
      keepItems(loaded);
      keep(options.title);
      return loaded[0];
    },
    pickMany: async (items) => {
      const loaded = await items;
      keepItems(loaded);
      return loaded.slice(0, 1);
    },
    pickCandidate: async <T>(candidates: ReadonlyArray<Candidate<T>>): Promise<PickResult<T>> => {
      candidates.forEach((c) => keep(c.label, c.description));
      const [first] = candidates;
      return first ? { kind: 'picked', candidate: first } : { kind: 'cancelled' };
    },
    input: async (options) => (keep(options.title, options.prompt), undefined),
    progress: (title, task) => (keep(title), task({ report: (message) => keep(message), token })),
    flash: (message) => keep(message),
    openTerminal: (name) => keep(name),
    copy: async () => undefined,
    open: async () => true,
    showText: async () => undefined,
    openFileAt: async () => undefined,
  };
  return { ui, texts };
}

describe('the user interface every word passes through', () => {
  it('gives VS Code no link made of other people’s text, whatever it shows', async () => {
    for (const hostile of HOSTILE_TEXTS) {
      const { ui: inner, texts } = recording();
      const ui = inertUserInterface(inner);
      await ui.inform(`Tag ${hostile} removed`);
      await ui.warn(hostile);
      await ui.fail(`Couldn't untag: ${hostile}`);
      await ui.ask(hostile, hostile, 'Go');
      await ui.pick([{ label: hostile, description: hostile, detail: hostile }], { title: hostile });
      await ui.pickMany(Promise.resolve([{ label: hostile, detail: hostile }]), { title: 't', placeholder: 'p', picked: () => true });
      await ui.pickCandidate([{ value: 1, label: hostile, description: hostile, violations: [] }], { title: 't', placeholder: 'p' });
      await ui.input({ title: hostile, prompt: hostile });
      await ui.progress(hostile, async (progress) => progress.report(hostile));
      ui.flash(hostile);
      ui.openTerminal(hostile, { onDidWrite: () => ({ dispose: () => undefined }), open: () => undefined, close: () => undefined });
      assert.strictEqual(texts.length, 19, 'every text reached the inner interface');
      assert.deepStrictEqual(
        texts.filter((text) => NOTIFICATION_LINK.test(text)),
        [],
      );
    }
  });

  it('makes a validation message inert too: it may quote a tag key someone else wrote', async () => {
    const messages: unknown[] = [];
    const { ui: inner } = recording();
    const ui = inertUserInterface({
      ...inner,
      input: async (options) => {
        messages.push(await options.validateInput?.('x'));
        return undefined;
      },
    });
    for (const hostile of HOSTILE_TEXTS) {
      await ui.input({ validateInput: () => `The tag key “${hostile}” is given twice.` });
      await ui.input({ validateInput: async () => ({ message: hostile, severity: 3 }) });
    }
    await ui.input({ validateInput: () => undefined });
    const texts = messages.map((message) =>
      typeof message === 'object' && message !== null ? (message as { message: string }).message : message,
    );
    assert.strictEqual(texts.length, HOSTILE_TEXTS.length * 2 + 1);
    assert.deepStrictEqual(
      texts.filter((text) => typeof text === 'string' && NOTIFICATION_LINK.test(text)),
      [],
    );
    assert.strictEqual(texts.at(-1), undefined);
  });

  it('answers with the very item or candidate the caller gave', async () => {
    const ui = inertUserInterface(recording().ui);
    const item = { label: '[a](command:x)', id: 7 };
    assert.strictEqual(await ui.pick([item], {}), item);
    assert.deepStrictEqual(await ui.pickMany(Promise.resolve([item]), { title: 't', placeholder: 'p', picked: () => false }), [item]);
    const candidate = { value: 'eni-1', label: '[a](command:x)', description: 'd', violations: [] };
    const result = await ui.pickCandidate([candidate], { title: 't', placeholder: 'p' });
    assert.strictEqual(result.kind === 'picked' && result.candidate, candidate);
  });

  it('asks the caller which items are ticked about its own items', async () => {
    const seen: unknown[] = [];
    const item = { label: 'web-servers' };
    const { ui: inner } = recording();
    const ui = inertUserInterface({ ...inner, pickMany: async (items, options) => ((await items).forEach((i) => options.picked(i)), []) });
    await ui.pickMany(Promise.resolve([item]), { title: 't', placeholder: 'p', picked: (i) => (seen.push(i), true) });
    assert.deepStrictEqual(seen, [item]);
    assert.strictEqual(seen[0], item);
  });
});
