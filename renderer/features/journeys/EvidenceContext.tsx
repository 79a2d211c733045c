import { createContext, useContext } from 'react';
import type { Highlight } from '../../../shared/schema/evidence';

/** The project's highlights by id, read by the few notes that cite any. */
export const EvidenceContext = createContext<ReadonlyMap<string, Highlight>>(new Map());

export const useHighlights = () => useContext(EvidenceContext);
