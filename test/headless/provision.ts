import { chromiumPath, ensureCodeServer, HeadlessSetupError } from './codeServerInstall';

/** Makes sure the headless VS Code and the browser are there; exits 2 with the fix when they cannot be. */
try {
  chromiumPath();
  ensureCodeServer((line) => console.log(line));
} catch (error) {
  if (error instanceof HeadlessSetupError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
