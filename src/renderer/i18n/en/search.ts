// Global search (Ctrl+K).
export const search = {
  title: 'Search the vault',
  label: 'Search for',
  placeholder: 'Names in any script, places, references, descriptions…',
  help: '↑ ↓ choose · Enter open · Esc close',
  resultsLabel: 'Results',
  typeToSearch: 'Type to search clients, cases, events, evidence and persecution profiles.',
  searching: 'Searching…',
  noResults: 'Nothing found for “{{query}}”.',
  resultCount_one: '{{count}} result',
  resultCount_other: '{{count}} results',
  page: 'p. {{page, number}}',
  persecutionTitle: 'Persecution profile',
  entities: {
    client: 'Clients',
    case: 'Cases',
    event: 'Timeline events',
    evidence: 'Evidence',
    persecution: 'Persecution profiles',
    argument: 'Arguments',
  },
};
