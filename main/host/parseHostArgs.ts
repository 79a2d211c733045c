import { parseArgs } from 'node:util';
import { Lang } from '../../shared/schema/common';

export interface HostArgs {
  project?: string;
  port?: number;
  open: boolean;
  lang?: Lang;
}

/** Throws an Error with a one-line message on bad arguments. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      project: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const out: HostArgs = { open: !values['no-open'] };
  if (values.project !== undefined) out.project = values.project;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
    out.port = port;
  }
  if (values.lang !== undefined) {
    const lang = Lang.safeParse(values.lang);
    if (!lang.success) throw new Error(`--lang must be pl or en, not "${values.lang}"`);
    out.lang = lang.data;
  }
  return out;
}
