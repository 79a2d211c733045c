import { useCallback, useEffect, useState } from 'react';
import type { Highlight } from '../../../shared/schema/evidence';
import { invoke } from '../../api';

/** Every highlight of the project, for quotes on notes and for citing new ones. */
export function useHighlightIndex() {
  const [index, setIndex] = useState<ReadonlyMap<string, Highlight>>(new Map());
  const reload = useCallback(async () => {
    try {
      const list = await invoke('highlight.list', {});
      setIndex(new Map(list.map((h) => [h.id, h])));
    } catch {
      // Quotes are a nicety on the map: without them the counts still show.
    }
  }, []);
  useEffect(() => {
    let live = true;
    invoke('highlight.list', {}).then(
      (list) => live && setIndex(new Map(list.map((h) => [h.id, h]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return { index, reload };
}
