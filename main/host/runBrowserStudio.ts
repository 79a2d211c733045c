import { parseHostArgs, type HostArgs } from './parseHostArgs';
import { startBrowserStudio } from './startBrowserStudio';

/** `npm run web` and `journey-studio web`: serve the studio to a local browser until stopped. */
export async function runBrowserStudio(argv: string[]): Promise<void> {
  let args: HostArgs;
  try {
    args = parseHostArgs(argv);
  } catch (e) {
    process.stderr.write(`Journey Studio: ${(e as Error).message}\n`);
    process.exit(2);
  }
  let studio;
  try {
    studio = await startBrowserStudio(args);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'EADDRINUSE' ? `port ${args.port} is already in use; pick another with --port` : err.message;
    process.stderr.write(`Journey Studio: ${why}\n`);
    process.exit(2);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Closing checkpoints the WAL and releases the project lock, so the file is whole on disk.
    studio.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}
