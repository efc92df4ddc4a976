// The open case: its header and its tabs. (How its dates read: src/shared/format/dates.ts.)
// Plural keys carry all four forms (_one/_few/_many/_other) so the Russian file, typed by this
// one, must give its own _few and _many; English uses _one and _other.
export const caseView = {
  loading: 'Opening the case…',
  closeCase: 'Close case',
  tabsLabel: 'Case views',
  tabs: {
    profile: 'Client profile',
    timeline: 'Timeline',
    evidence: 'Evidence',
    persecution: 'Persecution',
    argument: 'Argument',
    deadlines: 'Deadlines',
    redaction: 'Redaction',
    export: 'Export',
  },
  urgentDeadlines_one: 'urgent deadline',
  urgentDeadlines_few: 'urgent deadlines',
  urgentDeadlines_many: 'urgent deadlines',
  urgentDeadlines_other: 'urgent deadlines',
  header: {
    forum: 'Forum',
    reference: 'Reference',
    noReference: 'none yet',
    status: 'Status',
  },
};
