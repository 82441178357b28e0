// `npm run bench`: production bundles and VSIX, then the figures of bench-results.json, printed as a table.
// Exits non-zero when a figure misses its budget.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
};

run('npm', ['run', '--silent', 'compile']);
fs.readdirSync(root)
  .filter((f) => f.endsWith('.vsix'))
  .forEach((f) => fs.rmSync(path.join(root, f)));
run('npx', ['vsce', 'package', '--no-dependencies', '--out', path.join(root, 'alicloud-ecs-explorer.vsix')]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-bench-'));
run('node', ['--expose-gc', 'out/test/bench/nodeBench.js', path.join(dir, 'node.json')]);
run('node', ['out/test/bench/runExtensionHostBench.js', path.join(dir, 'host.json')]);
const figures = {
  ...JSON.parse(fs.readFileSync(path.join(dir, 'node.json'), 'utf8')),
  ...JSON.parse(fs.readFileSync(path.join(dir, 'host.json'), 'utf8')),
};
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
fs.writeFileSync(
  path.join(root, 'bench-results.json'),
  `${JSON.stringify({ machine, date: new Date().toISOString(), figures }, null, 2)}\n`,
);

const cell = (f) => `${f.value} ${f.unit}${f.min !== undefined ? ` (min ${f.min}, max ${f.max}, ${f.runs} runs)` : ''}`;
const rows = Object.entries(figures).map(([name, f]) => [
  name,
  cell(f),
  f.comparedWith ? `${f.ratio}× · ${f.comparedWith}` : '',
  f.budget ? `${f.budget}: ${f.met ? 'met' : 'NOT met'}` : '',
]);
console.log(`\nMachine: ${machine}\n`);
console.log('| figure | median | comparison | budget |\n|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.join(' | ')} |`);
}
const missed = Object.entries(figures).filter(([, f]) => f.budget && f.met !== true);
if (missed.length > 0) {
  console.error(`\n${missed.length} budget${missed.length === 1 ? '' : 's'} not met:`);
  missed.forEach(([name, f]) =>
    console.error(`- ${name}: ${cell(f)}${f.comparedWith ? ` (${f.ratio}× · ${f.comparedWith})` : ''}; budget ${f.budget}`),
  );
  process.exitCode = 1;
}
