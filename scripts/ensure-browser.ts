/**
 * Makes sure a Chromium is there for the end-to-end tests and says which one is used:
 * $CHROMIUM_PATH or /usr/bin/chromium if present; otherwise, as root on Debian, installs
 * Debian's chromium with apt-get; otherwise asks Playwright to download its own.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, SYSTEM_CHROMIUM } from './browser-path.ts';

const run = (command: string) => execSync(command, { stdio: 'inherit' });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let path = chromiumPath();
if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  process.exit(1);
}
if (!path && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium with apt-get…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  path = chromiumPath();
}
if (path) {
  console.log(`e2e browser: ${path}${path === SYSTEM_CHROMIUM ? ' (Debian chromium)' : ' (from CHROMIUM_PATH)'}`);
} else {
  console.log('No system Chromium: downloading Playwright’s own (npx playwright install chromium)…');
  run('npx playwright install chromium');
  console.log('e2e browser: Playwright’s bundled Chromium');
}
