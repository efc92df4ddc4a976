// One namespace per area of the window; each area's owner fills in its own file.
import { common } from './common';
import { shell } from './shell';
import { vault } from './vault';
import { clients } from './clients';
import { search } from './search';
import { settings } from './settings';
import { vocab } from './vocab';
import { caseView } from './caseView';
import { profile } from './profile';
import { timeline } from './timeline';
import { evidence } from './evidence';
import { persecution } from './persecution';
import { deadlines } from './deadlines';
import { exportView } from './exportView';
import { textVersions } from './textVersions';
import { translators } from './translators';
import { preflight } from './preflight';
import { argument } from './argument';
import { citations } from './citations';
import { counsel } from './counsel';
import { redaction } from './redaction';

export const en = { common, shell, vault, clients, search, settings, vocab, caseView, profile, timeline, evidence, persecution, deadlines, exportView, textVersions, translators, preflight, counsel, argument, citations, redaction };
