import * as assert from 'node:assert/strict';
import { versionLine } from '../../headless/codeServerInstall';

describe('code-server version line', () => {
  it('finds the version after the first-run notice about the default config file', () => {
    const stdout =
      '[2026-11-26T01:20:00.000Z] info  Wrote default config file to /root/.config/code-server/config.yaml\n' +
      '4.100.3 1f1a2bc3 with Code 1.100.3\n';
    assert.equal(versionLine(stdout), '4.100.3 1f1a2bc3 with Code 1.100.3');
  });

  it('reads a plain version and finds none in other output', () => {
    assert.equal(versionLine('4.100.3 abc with Code 1.100.3\n'), '4.100.3 abc with Code 1.100.3');
    assert.equal(versionLine('[x] info  something else\n'), undefined);
  });
});
