/** POSIX locale variables first (what a terminal user set), then the locale ICU reads from the OS. */
export function osLocale(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX');
  return fromEnv ?? Intl.DateTimeFormat().resolvedOptions().locale;
}
