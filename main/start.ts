import { fileURLToPath } from 'node:url';
import { langFromLocale, translate } from '../shared/i18n/translate';
import { chooseLaunch } from './electron/launcher/chooseLaunch';
import { osLocale } from './electron/launcher/osLocale';
import { runElectron } from './electron/launcher/runElectron';
import { projectPathFromArgv } from './electron/projectArgs';

// Built to out/main/start.js; the project root is two folders up.
const root = fileURLToPath(new URL('../..', import.meta.url));
const project = projectPathFromArgv(process.argv.slice(1), process.cwd());
const lang = langFromLocale(osLocale());

async function openInBrowser(reason: string): Promise<void> {
  console.log(translate(lang, 'start.noElectron', { reason }));
  // Loaded only here so a desktop start does not pull in the HTTP host.
  const { runBrowserStudio } = await import('./host/runBrowserStudio');
  await runBrowserStudio(project ? ['--project', project] : []);
}

async function main(): Promise<void> {
  const decision = await chooseLaunch({
    root,
    env: process.env,
    platform: process.platform,
    lang,
    notice: (message) => console.log(message),
  });
  if (decision.kind === 'browser') return openInBrowser(decision.reason);
  const outcome = await runElectron({
    binary: decision.binary,
    appDir: root,
    args: project ? [project] : [],
    nativeBinding: decision.nativeBinding,
    env: process.env,
    lang,
  });
  if (outcome.kind === 'failed') return openInBrowser(outcome.reason);
  process.exit(outcome.code);
}

main().catch((e: unknown) => {
  console.error(`Journey Studio: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
