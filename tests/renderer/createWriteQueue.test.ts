import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../renderer/app/createWriteQueue';

describe('createWriteQueue', () => {
  it('starts each write after the one before it is answered, even a failed one', async () => {
    const inOrder = createWriteQueue();
    const log: string[] = [];
    let answerFirst!: () => void;
    const first = inOrder(() => {
      log.push('send 1');
      return new Promise<void>((resolve) => (answerFirst = resolve)).then(() => void log.push('answer 1'));
    });
    const second = inOrder(async () => {
      log.push('send 2');
      throw new Error('refused');
    });
    const third = inOrder(async () => void log.push('send 3'));
    await Promise.resolve();
    expect(log).toEqual(['send 1']);
    answerFirst();
    await first;
    await expect(second).rejects.toThrow('refused');
    await third;
    expect(log).toEqual(['send 1', 'answer 1', 'send 2', 'send 3']);
  });
});
