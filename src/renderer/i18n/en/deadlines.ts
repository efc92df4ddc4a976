export const deadlines = {
  heading: 'Deadlines',
  intro: 'Deadlines follow from the timeline (an extradition order, a decision, a detention term, a hearing, a document’s expiry) or are entered by hand. Check each against the decision served.',
  add: 'Add deadline',
  created: 'Deadline “{{title}}” added.',
  deleted: 'Deadline “{{title}}” deleted.',
  empty: {
    title: 'No deadlines',
    text: 'Events with an exact date, such as an extradition order or a court hearing, add their deadlines here by themselves.',
  },
  urgentBadge: 'Less than 7 days',
  ifMissed: 'If missed:',
  derived: 'From the timeline',
  fromDocument: 'From an identity document',
  manual: 'Entered by hand',
  showEvent: 'Show the event',
  delete: 'Delete',
  deleteNamed: 'Delete deadline “{{title}}”',
  confirmDeleteLabel: 'Confirm deletion',
  confirmDelete: 'Delete the deadline “{{title}}”?',
  deleteConfirmed: 'Yes, delete it',
  /** Deadlines that follow from the timeline or the client's documents; {{subject}} is the event's title or the document. */
  rules: {
    'extradition-order-appeal': {
      title: 'Appeal against the extradition order ({{subject}})',
      consequence:
        'The order becomes enforceable and the client can be handed over. File the appeal, and a request for interim measures to the UN Committee against Torture, before this date.',
    },
    'decision-appeal': {
      title: 'Appeal window closes ({{subject}})',
      consequence: 'The decision becomes final and removal can follow.',
    },
    'detention-term-end': {
      title: 'Detention term ends ({{subject}})',
      consequence: 'The prosecutor must obtain an extension from a court or release the client; prepare to oppose the extension.',
    },
    'court-hearing': {
      title: 'Court hearing: {{subject}}',
      consequence: 'Evidence and submissions not filed before the hearing may not be heard.',
    },
    'document-expiry': {
      title: 'Document expires: {{subject}}',
      consequence: 'The client may be left without valid documents and exposed to detention at a document check.',
    },
    'identity-document-expiry': {
      title: '{{subject}} expires',
      consequence: 'The client may be stopped at a border or a document check without a valid document; apply for renewal or a travel document in time.',
    },
  },
  form: {
    heading: 'New deadline',
    title: 'What is due',
    due: 'Due date',
    consequence: 'What happens if it is missed',
    consequenceHint: 'For example: the order becomes enforceable and the client can be handed over.',
    save: 'Add deadline',
  },
};
