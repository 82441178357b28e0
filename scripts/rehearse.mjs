// `npm run rehearse [-- --runs N]`: CI as a machine that has never seen this project runs it. Clones the committed
// HEAD into a temporary folder and runs `.ci/run` there with HOME pointing at a new empty folder (so nothing in
// ~/.cache, ~/.config, ~/.aliyun or ~/.vscode-server helps), keeping only npm's download cache. With --runs N the
// extension-host and UI layers then run N-1 more times in that clone, to measure flakiness. Prints a summary.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error('usage: npm run rehearse [-- --runs N]   (N from 1 to 20)');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-rehearsal-'));
const clone = path.join(work, 'repo');
const home = path.join(work, 'home');
fs.mkdirSync(home);
const npmCache = process.env.npm_config_cache ?? path.join(os.homedir(), '.npm');
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !name.startsWith('ALICLOUD_ECS_') && !name.startsWith('ALIBABA_CLOUD_') && !name.startsWith('XDG_') && !name.startsWith('npm_'),
  ),
);
Object.assign(env, { HOME: home, npm_config_cache: npmCache, CI: 'true' });

/** Runs a command with its output shown and kept in a log file; resolves with the exit code. */
function run(title, command, args, cwd, logName) {
  console.log(`\n### ${title}: ${[command, ...args].join(' ')}`);
  const logFile = fs.createWriteStream(path.join(work, logName));
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        process.stdout.write(chunk);
        logFile.write(chunk);
      });
    }
    child.on('close', (code) => logFile.end(() => resolve(code ?? 1)));
  });
}

function readResult(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { passed: 0, failed: 1, failures: ['no results written'] };
}

const started = Date.now();
console.log(`Rehearsal in ${work} (HOME=${home}, npm cache ${npmCache})`);
if ((await run('clone', 'git', ['clone', '--quiet', root, clone], work, 'clone.log')) !== 0) {
  process.exit(1);
}
const rows = [];
const ciCode = await run('run 1: .ci/run', 'bash', ['.ci/run'], clone, 'run-1.log');
const ciTail = fs.readFileSync(path.join(work, 'run-1.log'), 'utf8').trim().split('\n').slice(-12).join('\n');
rows.push({ run: 1, what: '.ci/run (every layer)', ok: ciCode === 0, detail: ciTail.split('\n').at(-1) });

for (let n = 2; n <= runs && ciCode === 0; n += 1) {
  const hostFile = path.join(work, `host-${n}.json`);
  const uiFile = path.join(work, `ui-${n}.json`);
  await run(`run ${n}: extension host`, 'node', ['out/test/headless/runExtensionHostLayer.js', hostFile], clone, `host-${n}.log`);
  await run(`run ${n}: UI end to end`, 'node', ['out/test/support/runSuite.js', 'ui', uiFile], clone, `ui-${n}.log`);
  const host = readResult(hostFile);
  const ui = readResult(uiFile);
  const slowest = [host.slowest, ui.slowest].filter(Boolean).sort((a, b) => b.ms - a.ms)[0];
  rows.push({
    run: n,
    what: 'extension host + UI end to end',
    ok: host.failed === 0 && ui.failed === 0 && host.passed > 0 && ui.passed > 0,
    detail:
      `host ${host.passed} passed ${host.failed} failed; UI ${ui.passed} passed ${ui.failed} failed` +
      (slowest ? `; slowest ${(slowest.ms / 1000).toFixed(1)} s: ${slowest.title}` : ''),
    failures: [...(host.failures ?? []), ...(ui.failures ?? [])],
  });
}

console.log(`\n=== Rehearsal from a fresh home (${((Date.now() - started) / 60000).toFixed(1)} min, logs in ${work})`);
console.log(ciTail);
for (const row of rows) {
  console.log(`run ${row.run} ${row.ok ? 'green' : 'FAILED'}: ${row.what}: ${row.detail}`);
  for (const failure of row.failures ?? []) {
    console.log(`  ${failure}`);
  }
}
const green = rows.filter((row) => row.ok).length;
console.log(`${green} of ${runs} runs green`);
process.exit(green === runs ? 0 : 1);
