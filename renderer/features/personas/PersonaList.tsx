import { useLayoutEffect, useRef, useState } from 'react';
import type { Persona } from '../../../shared/schema/persona';
import { useToasts } from '../../app/toasts/ToastContext';
import { useT } from '../../app/useT';
import { PersonaItem, type DropPlace } from './PersonaItem';
import { moveId, placeId } from './reorderIds';

interface PersonaListProps {
  personas: Persona[];
  label: string;
  hintId: string;
  onRename(id: string, name: string): Promise<boolean>;
  onDelete(id: string): void;
  onReorder(ids: string[]): void;
}

export function PersonaList({ personas, label, hintId, onRename, onDelete, onReorder }: PersonaListProps) {
  const t = useT();
  const { announce } = useToasts();
  const list = useRef<HTMLUListElement>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; place: DropPlace } | null>(null);
  const refocus = useRef<{ id: string; action: string } | null>(null);
  const ids = personas.map((p) => p.id);

  useLayoutEffect(() => {
    // React moves list nodes when the order changes, and a moved node loses focus in Chromium.
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    list.current?.querySelector<HTMLElement>(`[data-persona-id="${target.id}"] [data-action="${target.action}"]`)?.focus();
  });

  const move = (id: string, delta: number, action: string | undefined) => {
    const next = moveId(ids, id, delta);
    if (!next) return;
    refocus.current = { id, action: action ?? 'move' };
    onReorder(next);
    const persona = personas.find((p) => p.id === id);
    if (persona) announce(t('persona.moved', { name: persona.name, position: next.indexOf(id) + 1, count: next.length }));
  };

  const endDrag = () => {
    setDragId(null);
    setDrop(null);
  };

  return (
    <ul ref={list} className="persona-list" aria-label={label} data-testid="persona-list">
      {personas.map((persona, index) => (
        <PersonaItem
          key={persona.id}
          persona={persona}
          index={index}
          count={personas.length}
          hintId={hintId}
          dragging={dragId === persona.id}
          dropPlace={drop?.id === persona.id && dragId !== persona.id ? drop.place : null}
          onRename={onRename}
          onDelete={onDelete}
          onMove={move}
          onDragStart={setDragId}
          onDragOverItem={(id, place) => {
            if (drop?.id !== id || drop.place !== place) setDrop({ id, place });
          }}
          onDropOnItem={(id, place) => {
            const next = dragId ? placeId(ids, dragId, id, place) : null;
            endDrag();
            if (next) onReorder(next);
          }}
          onDragEnd={endDrag}
        />
      ))}
    </ul>
  );
}
