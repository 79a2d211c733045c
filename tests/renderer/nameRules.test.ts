import { describe, expect, it } from 'vitest';
import { initials } from '../../renderer/features/personas/initials';
import { personaNameProblem } from '../../renderer/features/personas/personaNameProblem';
import { projectFileName, projectNameProblem } from '../../renderer/features/start/projectFileName';

describe('name rules', () => {
  it('checks persona names like the core does', () => {
    expect(personaNameProblem('  ')).toBe('empty');
    expect(personaNameProblem('x'.repeat(201))).toBe('tooLong');
    expect(personaNameProblem(` ${'x'.repeat(200)} `)).toBeNull();
    expect(personaNameProblem('a\tb')).toBe('controlChars');
  });

  it('turns a project name into a bare file name', () => {
    expect(projectFileName(' Warsztat Łódź ')).toBe('Warsztat Łódź.cjstudio');
    expect(projectFileName('Plan.cjstudio')).toBe('Plan.cjstudio');
    expect(projectNameProblem('../etc')).toBe('badChars');
    expect(projectNameProblem('a/b')).toBe('badChars');
  });

  it('makes avatar initials from the person part of a name', () => {
    expect(initials('Anna, first-time buyer', 'en')).toBe('A');
    expect(initials('Zofia Łęcka, retired teacher', 'pl')).toBe('ZŁ');
    expect(initials('łukasz', 'pl')).toBe('Ł');
  });
});
