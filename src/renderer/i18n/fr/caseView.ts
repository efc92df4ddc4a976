import type { caseView as en } from '../en/caseView';
import type { FrenchMessages } from '../messages';

export const caseView: FrenchMessages<typeof en> = {
  loading: 'Ouverture de l’affaire…',
  closeCase: 'Fermer l’affaire',
  tabsLabel: 'Vues de l’affaire',
  tabs: {
    profile: 'Profil du client',
    timeline: 'Chronologie',
    evidence: 'Pièces',
    persecution: 'Persécution',
    argument: 'Argumentation',
    deadlines: 'Délais',
    redaction: 'Occultation',
    export: 'Export',
  },
  urgentDeadlines_one: 'délai urgent',
  urgentDeadlines_few: 'délais urgents',
  urgentDeadlines_many: 'délais urgents',
  urgentDeadlines_other: 'délais urgents',
  header: {
    forum: 'Instance',
    reference: 'Référence',
    noReference: 'aucune pour l’instant',
    status: 'Statut',
  },
};
