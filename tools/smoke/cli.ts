import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { CredentialChoice } from '../../src/cloud/ecsApi';
import { EcsEmulator } from '../../test/emulator/server';
import { honourProxyEnvironment } from './proxy';
import { probeReboot } from './rebootProbe';
import { runReads } from './readPlan';
import { differencesOf, markdownOf, record, type RequestRecord, type SmokeReport } from './report';
import { sdkSide } from './side';
import { isRegionId } from '../../src/domain/regions';
import { toEcsError } from '../../src/cloud/sdkErrors';
import { runWriteCycle } from './writeCycle';

const USAGE = `npm run smoke -- [--regions cn-hangzhou,cn-beijing] [--profile NAME] [--endpoint HOST]
                  [--write [--attach-to INSTANCE_ID]] [--reboot-probe INSTANCE_ID] [--report FILE] [--against-emulator]

Checks the extension's calls against your Alibaba Cloud account (credentials from the standard chain: the
ALIBABA_CLOUD_* environment variables or the aliyun CLI's current profile; --profile names another CLI profile) and
compares the shape of every answer with the emulator's answer to the same request. Read-only unless --write (one
create and delete of an ENI it makes, tags and always removes; attached to and detached from the instance
--attach-to names, if any) or --reboot-probe (reboots the one instance you name). Writes smoke-report.json and smoke-report.md, which hold no value of your account's.
--against-emulator runs the whole kit against a second emulator, as CI does, and fails on any difference.`;

const EMULATOR_KEYS: CredentialChoice = { kind: 'accessKey', accessKeyId: 'emulator-ak', accessKeySecret: 'emulator-secret' };
const EMULATOR_REGION = 'cn-hangzhou';
/** web-2 of the emulator's demo account: Running, with a free ENI slot. */
const EMULATOR_ATTACH_TO = 'i-bp1b8kf3yu0o4q1jh2xa';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      regions: { type: 'string' },
      profile: { type: 'string' },
      endpoint: { type: 'string' },
      write: { type: 'boolean', default: false },
      'attach-to': { type: 'string' },
      'reboot-probe': { type: 'string' },
      report: { type: 'string', default: 'smoke-report' },
      'against-emulator': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  console.log(`Sending ${honourProxyEnvironment()}.`);
  const againstEmulator = values['against-emulator'] === true;
  const baseline = await EcsEmulator.start();
  const target = againstEmulator ? await EcsEmulator.start() : undefined;
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) {
      process.exit(130);
    }
    interrupted = true;
    console.log('Interrupted: cleaning up what the kit created, then stopping (Ctrl-C again stops at once).');
  });
  try {
    const cloud = target
      ? sdkSide('cloud', target.url, EMULATOR_KEYS)
      : sdkSide('cloud', values.endpoint, values.profile ? { kind: 'cliProfile', name: values.profile } : undefined);
    const emulator = sdkSide('emulator', baseline.url, EMULATOR_KEYS);
    const regions = target
      ? [EMULATOR_REGION]
      : (values.regions ?? process.env.ALIBABA_CLOUD_REGION_ID ?? 'cn-hangzhou').split(',').map((r) => r.trim());
    // A region id becomes part of a host name: anything but the form ECS uses is refused before a request is built.
    const malformed = regions.filter((regionId) => !isRegionId(regionId));
    if (malformed.length > 0) {
      console.error(`Not a region id of the form cn-hangzhou: ${malformed.length} of --regions. Nothing was sent.`);
      return 2;
    }
    const requests: RequestRecord[] = [];
    for (const regionId of regions) {
      console.log(`Reading ${regionId}…`);
      const runs = await runReads([
        { side: cloud, regionId },
        { side: emulator, regionId: EMULATOR_REGION },
      ]);
      for (const run of runs) {
        requests.push({
          action: run.step.action,
          note: `${run.step.note} (${regionId})`,
          params: run.params,
          cloud: record(run.answers.cloud),
          emulator: record(run.answers.emulator),
          differences: differencesOf(run.answers.cloud, run.answers.emulator),
        });
      }
    }
    if (values.write && regions[0]) {
      console.log(`Create${values['attach-to'] || target ? ', attach, detach' : ''} and delete an ENI in ${regions[0]}…`);
      const options = {
        pollMs: target ? 200 : 2000,
        waitMs: 180_000,
        interrupted: () => interrupted,
        say: (line: string) => console.log(line),
      };
      const inCloud = await runWriteCycle(cloud, regions[0], { ...options, attachTo: target ? EMULATOR_ATTACH_TO : values['attach-to'] });
      const inEmulator = await runWriteCycle(emulator, EMULATOR_REGION, { ...options, attachTo: EMULATOR_ATTACH_TO });
      inCloud.forEach((run, index) => {
        const twin = inEmulator[index];
        const same = twin?.action === run.action ? twin : undefined;
        requests.push({
          action: run.action,
          note: run.note,
          params: run.params,
          cloud: record(run.answer),
          emulator: record(same?.answer),
          differences: differencesOf(run.answer, same?.answer),
        });
      });
    }
    const rebootTarget = values['reboot-probe'];
    const rebootProbe =
      rebootTarget && regions[0] && !interrupted
        ? await probeReboot(cloud, regions[0], rebootTarget, target ? 200 : 3000, 600_000)
        : undefined;
    const report: SmokeReport = {
      kit: 'alicloud-ecs-explorer smoke kit',
      date: new Date().toISOString(),
      target: target ? 'the emulator' : values.endpoint ? 'a custom endpoint' : 'Alibaba Cloud',
      regions: regions.length,
      requests,
      ...(rebootProbe ? { rebootProbe } : {}),
    };
    fs.writeFileSync(`${values.report}.json`, `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(`${values.report}.md`, markdownOf(report));
    const differences = requests.reduce((sum, request) => sum + request.differences.length, 0);
    console.log(`${requests.length} requests, ${differences} difference(s) from the emulator. Report: ${values.report}.md and .json`);
    return againstEmulator && differences > 0 ? 1 : 0;
  } finally {
    await baseline.close();
    await target?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A library's words may quote a credentials file: only the code is printed.
    console.error(`The smoke kit stopped: ${toEcsError(error, 'smoke').code}`);
    process.exit(2);
  },
);
