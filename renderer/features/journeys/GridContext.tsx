import { createContext, useContext, type KeyboardEvent } from 'react';
import type { Lang } from '../../../shared/schema/common';
import type { JourneyItem } from '../../../shared/schema/journey';

/** What a cell or a note may ask of the grid. The object is stable, so memoised cells never re-render for it. */
export interface GridApi {
  lang: Lang;
  /** A note that should take focus once it is in the document again (after a move re-parents it). */
  pendingFocus: { current: string | null };
  onCellKeyDown(e: KeyboardEvent<HTMLElement>, stageId: string, laneId: string): void;
  onCellFocus(stageId: string, laneId: string): void;
  openComposer(stageId: string, laneId: string, text: string): void;
  submitNote(stageId: string, laneId: string, text: string): Promise<boolean>;
  closeComposer(refocus: boolean): void;
  onNoteKeyDown(e: KeyboardEvent<HTMLElement>, item: JourneyItem): void;
  startEdit(id: string): void;
  finishEdit(id: string, text: string | null): void;
  openDetails(id: string): void;
  deleteItem(id: string): void;
}

export const GridContext = createContext<GridApi | null>(null);

export function useGrid(): GridApi {
  const api = useContext(GridContext);
  if (!api) throw new Error('useGrid outside GridContext');
  return api;
}
