import type { deadlines as en } from '../en/deadlines';
import type { Messages } from '../messages';

export const deadlines: Messages<typeof en> = {
  heading: 'Сроки',
  intro: 'Сроки следуют из хронологии (решение об экстрадиции, решение по делу, срок содержания под стражей, заседание, истечение документа) или вносятся вручную. Сверяйте каждый с врученным решением.',
  add: 'Добавить срок',
  created: 'Срок «{{title}}» добавлен.',
  deleted: 'Срок «{{title}}» удалён.',
  empty: {
    title: 'Сроков нет',
    text: 'События с точной датой, например решение об экстрадиции или судебное заседание, сами добавляют сюда свои сроки.',
  },
  urgentBadge: 'Меньше 7 дней',
  ifMissed: 'Если пропустить:',
  derived: 'Из хронологии',
  fromDocument: 'Из документа, удостоверяющего личность',
  manual: 'Внесён вручную',
  showEvent: 'Показать событие',
  delete: 'Удалить',
  deleteNamed: 'Удалить срок «{{title}}»',
  confirmDeleteLabel: 'Подтверждение удаления',
  confirmDelete: 'Удалить срок «{{title}}»?',
  deleteConfirmed: 'Да, удалить',
  form: {
    heading: 'Новый срок',
    title: 'Что нужно сделать',
    due: 'Крайний срок',
    consequence: 'Что будет, если пропустить',
    consequenceHint: 'Например: решение вступит в силу, и клиента могут выдать.',
    save: 'Добавить срок',
  },
};
