import { useCallback, useState } from 'react';

/**
 * The text field of a "name it and press Enter" form. It empties as soon as the name is sent, so the
 * next one can be typed while this one is saved (a room calls out several in a row, and every window
 * shows the new row before the answer arrives). A refused name comes back, unless something was typed
 * since.
 */
export function useCreateField<T>(create: (text: string) => Promise<T | null | false | undefined>) {
  const [value, setValue] = useState('');
  const submit = useCallback(
    async (text: string): Promise<T | null> => {
      setValue('');
      const made = await create(text);
      if (made) return made;
      setValue((typed) => (typed === '' ? text : typed));
      return null;
    },
    [create],
  );
  return { value, setValue, submit };
}
