import type { OpName } from '../../../shared/operations';
import { appOps } from './appOps';
import { jobOps } from './jobOps';
import type { HandlerTable } from './context';
import { evidenceOps } from './evidenceOps';
import { historyOps } from './historyOps';
import { interviewOps } from './interviewOps';
import { noteOps } from './noteOps';
import { journeyGridOps } from './journeyGridOps';
import { journeyItemOps } from './journeyItemOps';
import { journeyOps } from './journeyOps';
import { lockOps } from './lockOps';
import { personaOps } from './personaOps';
import { projectOps } from './projectOps';

/** Every operation of the table has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlerTable<OpName> = { ...appOps, ...jobOps, ...projectOps, ...lockOps, ...personaOps, ...interviewOps, ...noteOps, ...evidenceOps, ...journeyOps, ...journeyGridOps, ...journeyItemOps, ...historyOps };
