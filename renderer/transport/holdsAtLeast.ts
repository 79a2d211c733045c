/** Whether the strings in `value` add up to at least `chars`; stops counting as soon as they do. */
export function holdsAtLeast(value: unknown, chars: number): boolean {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') total += item.length;
    else if (item !== null && typeof item === 'object') for (const v of Object.values(item)) stack.push(v);
    if (total >= chars) return true;
  }
  return false;
}
