import type { search as en } from '../en/search';
import type { Messages } from '../messages';

export const search: Messages<typeof en> = {
  title: 'Поиск по хранилищу',
  label: 'Что искать',
  placeholder: 'Имена в любом написании, места, номера дел, описания…',
  help: '↑ ↓ выбрать · Enter открыть · Esc закрыть',
  resultsLabel: 'Результаты',
  typeToSearch: 'Начните вводить, чтобы искать клиентов, дела, события, доказательства и профили преследования.',
  searching: 'Поиск…',
  noResults: 'По запросу «{{query}}» ничего не найдено.',
  resultCount_one: '{{count}} результат',
  resultCount_few: '{{count}} результата',
  resultCount_many: '{{count}} результатов',
  resultCount_other: '{{count}} результата',
  page: 'с. {{page, number}}',
  persecutionTitle: 'Профиль преследования',
  entities: {
    client: 'Клиенты',
    case: 'Дела',
    event: 'События',
    evidence: 'Доказательства',
    persecution: 'Профили преследования',
    argument: 'Аргументация',
  },
};
