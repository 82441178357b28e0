import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** The name the emulator is reached by through the test's proxy; nothing else on this machine resolves it. */
export const PROXIED_HOST = 'ecs.emulator.test';

/** A certificate authority of the test's own and a certificate for `PROXIED_HOST` that it signed (openssl). */
export interface TestTls {
  readonly caFile: string;
  readonly key: string;
  readonly cert: string;
}

/** Makes the test's authority and the emulator's certificate in `dir` (once; later calls read them back). */
export function makeTestTls(dir: string): TestTls {
  const file = (name: string): string => path.join(dir, name);
  if (!fs.existsSync(file('server.pem'))) {
    fs.mkdirSync(dir, { recursive: true });
    const openssl = (...args: string[]): void => {
      execFileSync('openssl', args, { stdio: 'ignore' });
    };
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=alicloud-ecs-explorer test CA',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${PROXIED_HOST}`,
      '-keyout',
      file('server.key'),
      '-out',
      file('server.csr'),
    );
    fs.writeFileSync(file('san.cnf'), `subjectAltName=DNS:${PROXIED_HOST}\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      file('server.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      file('san.cnf'),
      '-out',
      file('server.pem'),
    );
  }
  return { caFile: file('ca.pem'), key: fs.readFileSync(file('server.key'), 'utf8'), cert: fs.readFileSync(file('server.pem'), 'utf8') };
}

export interface RunningProxy {
  readonly url: string;
  /** The lines squid logged for each request it handled (`CONNECT ecs.emulator.test:…` for a tunnel). */
  accessLog(): string[];
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const listening = async (port: number, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (connected) {
      return;
    }
    if (Date.now() > until) {
      throw new Error(`squid did not listen on ${port} within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/**
 * Starts a real forward proxy (Debian's squid) on a free loopback port that resolves `PROXIED_HOST` to this machine
 * from a hosts file of its own; with `requireAuthentication`, it answers every request 407 until credentials come.
 */
export async function startSquid(options: { readonly requireAuthentication?: boolean } = {}): Promise<RunningProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloud-ecs-squid-'));
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const file = (name: string): string => path.join(dir, name);
  fs.writeFileSync(file('hosts'), `127.0.0.1 ${PROXIED_HOST}\n`);
  fs.writeFileSync(file('passwd'), '');
  const auth = options.requireAuthentication
    ? [
        `auth_param basic program /usr/lib/squid/basic_ncsa_auth ${file('passwd')}`,
        'auth_param basic realm alicloud-ecs-explorer test',
        'acl authenticated proxy_auth REQUIRED',
        'http_access deny !authenticated',
      ]
    : [];
  fs.writeFileSync(
    file('squid.conf'),
    [
      `http_port 127.0.0.1:${port}`,
      `pid_filename ${file('squid.pid')}`,
      `access_log stdio:${file('access.log')}`,
      `cache_log ${file('cache.log')}`,
      `coredump_dir ${dir}`,
      `hosts_file ${file('hosts')}`,
      'dns_nameservers 127.0.0.1',
      'cache deny all',
      'shutdown_lifetime 0 seconds',
      ...(process.getuid?.() === 0 ? ['cache_effective_user proxy'] : []),
      'acl this_machine src 127.0.0.1/32',
      ...auth,
      'http_access allow this_machine',
      'http_access deny all',
      '',
    ].join('\n'),
  );
  const squid = spawn('squid', ['-N', '-f', file('squid.conf')], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => squid.once('exit', () => resolve()));
  await listening(port, 15_000);
  return {
    url: `http://127.0.0.1:${port}`,
    accessLog: () => (fs.existsSync(file('access.log')) ? fs.readFileSync(file('access.log'), 'utf8').split('\n').filter(Boolean) : []),
    async stop() {
      squid.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const SYSTEM_CA_FILE = '/usr/local/share/ca-certificates/alicloud-ecs-explorer-test.crt';

/**
 * Adds the test's authority to the operating system's certificate store, which VS Code's proxy agent trusts (it does
 * not read NODE_EXTRA_CA_CERTS), as a company installs its own; only as root (CI). Returns the undo, or undefined when
 * it cannot. The authority's key is made for this run, kept in a private temporary folder, and deleted with it.
 */
export function trustTestAuthority(tls: TestTls): (() => void) | undefined {
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/sbin/update-ca-certificates')) {
    return undefined;
  }
  const update = (): void => {
    execFileSync('update-ca-certificates', [], { stdio: 'ignore' });
  };
  fs.copyFileSync(tls.caFile, SYSTEM_CA_FILE);
  update();
  return () => {
    fs.rmSync(SYSTEM_CA_FILE, { force: true });
    update();
  };
}
