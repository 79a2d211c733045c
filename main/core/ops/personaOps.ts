import { createPersona, deletePersona, listPersonas, renamePersona, reorderPersonas, restorePersona } from '../store/personaStore';
import type { HandlerTable } from './context';

export const personaOps: HandlerTable<
  'persona.list' | 'persona.create' | 'persona.rename' | 'persona.delete' | 'persona.restore' | 'persona.reorder'
> = {
  'persona.list': (db) => listPersonas(db),
  'persona.create': (db, { name }) => createPersona(db, name),
  'persona.rename': (db, { id, name }) => renamePersona(db, id, name),
  'persona.delete': (db, { id }) => deletePersona(db, id),
  'persona.restore': (db, { id }) => restorePersona(db, id),
  'persona.reorder': (db, { ids }) => reorderPersonas(db, ids),
};
