import { migration0001 } from './0001-project-meta';
import { migration0002 } from './0002-personas';
import { migration0003 } from './0003-interviews-evidence';
import { migration0004 } from './0004-journey-maps';
import { migration0005 } from './0005-interview-summary-index';
import { migration0006 } from './0006-history';
import { migration0007 } from './0007-note-docs';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];

export const CURRENT_SCHEMA_VERSION = migrations.length;

/** "CJST" in PRAGMA application_id: marks a SQLite file as a Journey Studio project. */
export const APPLICATION_ID = 0x434a5354;
