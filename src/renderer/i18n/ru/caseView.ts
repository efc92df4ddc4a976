import type { caseView as en } from '../en/caseView';
import type { Messages } from '../messages';

export const caseView: Messages<typeof en> = {
  loading: 'Открываем дело…',
  closeCase: 'Закрыть дело',
  tabsLabel: 'Разделы дела',
  tabs: {
    profile: 'Профиль клиента',
    timeline: 'Хронология',
    evidence: 'Доказательства',
    persecution: 'Преследование',
    argument: 'Аргументация',
    deadlines: 'Сроки',
    redaction: 'Редактирование',
    export: 'Экспорт',
  },
  urgentDeadlines_one: 'срочный срок',
  urgentDeadlines_few: 'срочных срока',
  urgentDeadlines_many: 'срочных сроков',
  urgentDeadlines_other: 'срочного срока',
  header: {
    forum: 'Инстанция',
    reference: 'Номер',
    noReference: 'пока нет',
    status: 'Статус',
  },
};
