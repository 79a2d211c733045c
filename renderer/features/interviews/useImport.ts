import { useCallback, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../shared/notes/importLimits';
import { invoke } from '../../api';
import { errorText } from '../../app/errorText';
import { useSaveState } from '../../app/SaveStateContext';
import { useT } from '../../app/useT';
import { toBase64 } from './toBase64';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
  errors: { file: string; message: string }[];
  imported: number;
}

/**
 * Imports files one after another: a failing file is listed and the rest continue. Files over
 * the core's limit are refused before a byte is read, so a stray video does not freeze the tab.
 */
export function useImport(onImported: () => void) {
  const t = useT();
  const { track } = useSaveState();
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const run = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const state: ImportProgress = { done: 0, total: files.length, current: null, errors: [], imported: 0 };
      setProgress({ ...state });
      for (const file of files) {
        state.current = file.name;
        setProgress({ ...state, errors: [...state.errors] });
        if (file.size > MAX_IMPORT_BYTES) {
          state.errors.push({ file: file.name, message: t('import.tooLarge') });
        } else {
          try {
            const content = toBase64(new Uint8Array(await file.arrayBuffer()));
            await track(invoke('interview.import', { fileName: file.name, content }), (e) => errorText(e, t), { refusalLeavesNothingUnsaved: true });
            state.imported += 1;
          } catch (e) {
            state.errors.push({ file: file.name, message: errorText(e, t) });
          }
        }
        state.done += 1;
        setProgress({ ...state, errors: [...state.errors] });
      }
      state.current = null;
      setProgress({ ...state, errors: [...state.errors] });
      if (state.imported > 0) onImported();
    },
    [t, track, onImported],
  );

  return { progress, run, clear: () => setProgress(null) };
}
