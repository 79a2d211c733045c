import { useEffect, useRef } from 'react';

/** A dot in a tag's colour; the colour is set from script because the policy forbids style attributes. */
export function TagSwatch({ colour, className = 'tag-swatch' }: { colour: string; className?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    ref.current?.style.setProperty('--tag-colour', colour);
  }, [colour]);
  return <span ref={ref} className={className} aria-hidden="true" />;
}
