interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Time the thread was on a CPU during the event. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Trace categories that carry the renderer's tasks and its input events. */
export const WORK_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Milliseconds the page's main thread was busy for each keystroke in a Chromium trace: the
 * tasks from the one that handled the key's `beforeinput` up to the next key's, so script,
 * style, layout, paint and any autosave or garbage collection in between all count, and the wait
 * for the display's next frame does not. Under 16 ms means the page keeps up with a 60 Hz screen.
 * `cpu` is the part of that time the thread was running, not waiting for a core that other
 * processes (the host, the browser's own) had.
 */
export function workPerKeystroke(trace: Buffer | string): { wall: number; cpu: number }[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'beforeinput' && mains.has(`${e.pid}:${e.tid}`));
  if (inputs.length === 0) return [];
  const thread = `${inputs[0]!.pid}:${inputs[0]!.tid}`;
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts);
  // Nested task events of the two naming schemes describe the same work: keep the outermost.
  const outer: TraceEvent[] = [];
  for (const task of tasks) {
    const last = outer[outer.length - 1];
    if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(task);
  }
  const starts = inputs
    .map((input) => outer.find((t) => t.ts <= input.ts && input.ts <= t.ts + (t.dur ?? 0))?.ts ?? input.ts)
    .sort((a, b) => a - b);
  // The last key has no next one to close its window, so it is left out.
  return starts.slice(0, -1).map((start, i) => {
    const end = starts[i + 1]!;
    let wall = 0;
    let cpu = 0;
    for (const t of outer) {
      if (t.ts < start || t.ts >= end) continue;
      wall += t.dur ?? 0;
      cpu += t.tdur ?? t.dur ?? 0;
    }
    return { wall: wall / 1000, cpu: cpu / 1000 };
  });
}
