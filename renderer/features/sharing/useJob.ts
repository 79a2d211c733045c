import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpInput, OpName, OpOutput } from '../../../shared/operations';
import { invoke, onStudioEvent } from '../../api';

type JobOp = Extract<OpName, 'bundle.export' | 'bundle.verify' | 'bundle.import' | 'map.export'>;

export interface JobProgress {
  done: number;
  total: number;
}

/**
 * Runs one long task at a time under a job id of its own, follows its `job.progress` events (other
 * windows' tasks are not this one's), and cancels it on request.
 */
export function useJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onStudioEvent('job.progress', ({ jobId, done, total }) => {
        if (jobId === current.current) setProgress({ done, total });
      }),
    [],
  );

  const run = useCallback(async <K extends JobOp>(op: K, input: Omit<OpInput<K>, 'jobId'>): Promise<OpOutput<K>> => {
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setProgress(null);
    setRunning(true);
    try {
      return await invoke(op, { ...input, jobId } as OpInput<K>);
    } finally {
      if (current.current === jobId) {
        current.current = null;
        setRunning(false);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void invoke('job.cancel', { jobId }).catch(() => undefined);
  }, []);

  // A dialog closed while its task runs takes the task with it.
  useEffect(() => () => cancel(), [cancel]);

  return { run, cancel, running, progress };
}
