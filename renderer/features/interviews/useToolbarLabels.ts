import { useMemo } from 'react';
import { useT } from '../../app/useT';
import type { ToolbarLabels } from '../../editor/plugins/ToolbarPlugin';

export function useToolbarLabels(): ToolbarLabels {
  const t = useT();
  return useMemo(
    () => ({
      toolbar: t('editor.toolbar'),
      bold: t('editor.bold'),
      italic: t('editor.italic'),
      underline: t('editor.underline'),
      h1: t('editor.h1'),
      h2: t('editor.h2'),
      quote: t('editor.quote'),
      bullet: t('editor.bullet'),
      number: t('editor.number'),
      link: t('editor.link'),
      linkUrl: t('editor.linkUrl'),
      linkApply: t('editor.linkApply'),
      linkRemove: t('editor.linkRemove'),
      linkInvalid: t('editor.linkInvalid'),
      cancel: t('common.cancel'),
    }),
    [t],
  );
}
