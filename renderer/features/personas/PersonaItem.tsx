import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useLocale } from '../../app/LocaleContext';
import type { Persona } from '../../../shared/schema/persona';
import { useT } from '../../app/useT';
import { Icon } from '../../components/Icon';
import { avatarSlot, initials } from './initials';
import { PersonaNameEditor } from './PersonaNameEditor';

export type DropPlace = 'before' | 'after';

interface PersonaItemProps {
  persona: Persona;
  index: number;
  count: number;
  hintId: string;
  dropPlace: DropPlace | null;
  dragging: boolean;
  onRename(id: string, name: string): Promise<boolean>;
  onDelete(id: string): void;
  onMove(id: string, delta: number, focusAction: string | undefined): void;
  onDragStart(id: string): void;
  onDragOverItem(id: string, place: DropPlace): void;
  onDropOnItem(id: string, place: DropPlace): void;
  onDragEnd(): void;
}

export function PersonaItem(props: PersonaItemProps) {
  const { persona, index, count, hintId, dropPlace, dragging } = props;
  const t = useT();
  const { lang: locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Return focus to where the edit started, or keyboard users land at the top of the page.
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (editing || !e.altKey || e.ctrlKey || e.metaKey) return;
    const delta = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : e.key === 'Home' ? -count : e.key === 'End' ? count : 0;
    if (!delta) return;
    e.preventDefault();
    props.onMove(persona.id, delta, (document.activeElement as HTMLElement | null)?.dataset.action);
  };

  const placeFor = (e: DragEvent<HTMLLIElement>): DropPlace => {
    const rect = e.currentTarget.getBoundingClientRect();
    return e.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
  };

  const className = ['persona-item', dragging && 'dragging', dropPlace && `drop-${dropPlace}`].filter(Boolean).join(' ');

  return (
    <li
      className={className}
      data-persona-id={persona.id}
      data-testid="persona-item"
      draggable={!editing}
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', persona.name);
        props.onDragStart(persona.id);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        props.onDragOverItem(persona.id, placeFor(e));
      }}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropOnItem(persona.id, placeFor(e));
      }}
      onDragEnd={props.onDragEnd}
    >
      <button
        type="button"
        className="persona-grip icon-btn"
        data-action="move"
        data-testid="persona-move"
        aria-label={t('persona.moveHandle', { name: persona.name, position: index + 1, count })}
        aria-describedby={hintId}
        onKeyDown={(e) => {
          // On the handle itself plain arrows are enough; Alt+arrows work anywhere in the row.
          if (e.altKey || !(e.key === 'ArrowUp' || e.key === 'ArrowDown')) return;
          e.preventDefault();
          props.onMove(persona.id, e.key === 'ArrowUp' ? -1 : 1, 'move');
        }}
      >
        <Icon name="grip" />
      </button>
      <span className={`avatar avatar-${avatarSlot(persona.id)}`} aria-hidden="true">
        {initials(persona.name, locale)}
      </span>
      {editing ? (
        <PersonaNameEditor
          initial={persona.name}
          label={t('persona.renameLabel', { name: persona.name })}
          onCancel={() => setEditing(false)}
          onCommit={async (name) => {
            const ok = await props.onRename(persona.id, name);
            if (ok) setEditing(false);
            return ok;
          }}
        />
      ) : (
        <span className="persona-name" data-testid="persona-name" onDoubleClick={() => setEditing(true)}>
          {persona.name}
        </span>
      )}
      {!editing && (
        <span className="persona-actions">
          <button
            ref={renameButton}
            type="button"
            className="icon-btn"
            data-action="rename"
            data-testid="persona-rename"
            aria-label={t('persona.rename', { name: persona.name })}
            title={t('persona.rename', { name: persona.name })}
            onClick={() => setEditing(true)}
          >
            <Icon name="pencil" />
          </button>
          <button
            type="button"
            className="icon-btn danger"
            data-action="delete"
            data-testid="persona-delete"
            aria-label={t('persona.delete', { name: persona.name })}
            title={t('persona.delete', { name: persona.name })}
            onClick={() => props.onDelete(persona.id)}
          >
            <Icon name="trash" />
          </button>
        </span>
      )}
    </li>
  );
}
