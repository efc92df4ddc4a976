import type { shell as en } from '../en/shell';
import type { Messages } from '../messages';

export const shell: Messages<typeof en> = {
  skipToMain: 'Перейти к основному содержимому',
  mainNavigation: 'Основная навигация',
  nav: {
    deadlines: 'Сроки',
    clients: 'Клиенты',
  },
  search: 'Поиск',
  searchShortcut: 'Ctrl+K',
  settings: 'Настройки',
  lock: 'Заблокировать',
  home: {
    title: 'Ближайшие сроки',
    intro: 'Сроки по всем открытым делам на ближайшие {{days}} дн., сначала ближайшие. Просроченные остаются вверху, пока ими не займутся.',
    range: 'Показать ближайшие',
    rangeDays_one: '{{count}} день',
    rangeDays_few: '{{count}} дня',
    rangeDays_many: '{{count}} дней',
    rangeDays_other: '{{count}} дня',
    empty: 'В этот период сроков нет',
    emptyText: 'Сроки выводятся из событий (решение об экстрадиции, срок обжалования, окончание срока содержания под стражей), из истекающих документов и из сроков, внесённых в деле вручную.',
    columns: {
      due: 'Срок',
      left: 'Осталось',
      deadline: 'Что',
      client: 'Клиент',
      case: 'Дело',
    },
    openCase: 'Открыть дело',
    urgent_one: '{{count}} срок в ближайшие 7 дней',
    urgent_few: '{{count}} срока в ближайшие 7 дней',
    urgent_many: '{{count}} сроков в ближайшие 7 дней',
    urgent_other: '{{count}} срока в ближайшие 7 дней',
    derived: 'рассчитан автоматически',
    consequence: 'Если пропустить: {{consequence}}',
    goToClients: 'К списку клиентов',
  },
};
