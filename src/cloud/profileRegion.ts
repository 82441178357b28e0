import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface CliConfig {
  current?: string;
  profiles?: Array<{ name?: string; region_id?: string }>;
}

/**
 * The default region of the active credential source, as the aliyun CLI keeps it: `ALIBABA_CLOUD_REGION_ID`, else the
 * `region_id` of the current profile in `~/.aliyun/config.json` (the credentials library does not read it).
 * Undefined when neither says, or the file cannot be read.
 */
export function profileRegion(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string | undefined {
  const fromEnv = env.ALIBABA_CLOUD_REGION_ID?.trim();
  if (fromEnv) {
    return fromEnv;
  }
  if (env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED === 'true') {
    return undefined;
  }
  try {
    const config = JSON.parse(fs.readFileSync(path.join(home, '.aliyun', 'config.json'), 'utf8')) as CliConfig;
    const name = env.ALIBABA_CLOUD_PROFILE || config.current;
    const region = config.profiles?.find((profile) => profile.name === name)?.region_id?.trim();
    return region || undefined;
  } catch {
    return undefined;
  }
}
