import type { Expect } from './opStream';
import type { Facts } from './snapshot';

/** One line of the child's stdout. */
export type ChildMessage =
  | { t: 'warm' }
  | { t: 'opening' }
  | { t: 'ready' }
  | { t: 'open-failed'; code: string; message: string }
  | { t: 'intent'; serial: number; op: string; expect: Expect[]; domains: string[] }
  | { t: 'refused'; serial: number; op: string; code: string; message: string }
  /** Acknowledged: these facts changed (`set`) or went (`del`) and must survive any crash from now on. */
  | { t: 'ack'; serial: number; op: string; set: Facts; del: string[] };
