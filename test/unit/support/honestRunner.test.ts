import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SuiteResult } from '../../support/mochaRun';

/** Runs the project's mocha runner over one test file in a fresh process (mocha's globals are per process). */
function runOver(source: string): SuiteResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'honest-runner-'));
  try {
    fs.writeFileSync(path.join(dir, 'sample.test.js'), source);
    const runner = path.resolve(__dirname, '..', '..', 'support', 'mochaRun.js');
    const script =
      `require(${JSON.stringify(runner)}).runMocha([${JSON.stringify(path.join(dir, 'sample.test.js'))}], { reporter: 'dot' })` +
      '.then((r) => process.stderr.write("RESULT" + JSON.stringify(r)))';
    const { stderr } = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const marker = stderr.lastIndexOf('RESULT');
    assert.ok(marker >= 0, `the runner wrote no result: ${stderr}`);
    return JSON.parse(stderr.slice(marker + 'RESULT'.length)) as SuiteResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the test runner', () => {
  it('counts passing tests and names the slowest', () => {
    const result = runOver("describe('s', () => { it('a', () => {}); it('b', () => {}); });");
    assert.equal(result.passed, 2);
    assert.equal(result.failed, 0);
    assert.match(result.slowest?.title ?? '', /^s [ab]$/);
  });

  it('fails a run that holds an .only', () => {
    const result = runOver("describe('s', () => { it.only('a', () => {}); it('b', () => {}); });");
    assert.ok(result.failed > 0, JSON.stringify(result));
  });

  it('fails a run that skips a suite or a test', () => {
    const skipped = runOver("describe.skip('s', () => { it('a', () => {}); }); describe('t', () => { it('b', () => {}); });");
    assert.ok(skipped.failed > 0, JSON.stringify(skipped));
    const pending = runOver("describe('t', () => { it('b', () => {}); it('todo'); });");
    assert.ok(pending.failed > 0, JSON.stringify(pending));
  });
});
