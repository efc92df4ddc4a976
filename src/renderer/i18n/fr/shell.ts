import type { shell as en } from '../en/shell';
import type { FrenchMessages } from '../messages';

export const shell: FrenchMessages<typeof en> = {
  skipToMain: 'Aller au contenu principal',
  mainNavigation: 'Navigation principale',
  nav: {
    deadlines: 'Délais',
    clients: 'Clients',
    translators: 'Traducteurs',
  },
  search: 'Rechercher',
  settings: 'Paramètres',
  lock: 'Verrouiller',
  lockHint: 'Verrouiller le coffre-fort maintenant ({{shortcut}}). Rien de son contenu ne reste à l’écran jusqu’à ce qu’il soit déverrouillé.',
  home: {
    title: 'Délais à venir',
    intro_one: 'Les délais de toutes les affaires en cours pour le prochain jour, du plus proche au plus lointain. Les délais dépassés restent en tête tant qu’ils ne sont pas traités.',
    intro_many: 'Les délais de toutes les affaires en cours pour les {{count}} prochains jours, du plus proche au plus lointain. Les délais dépassés restent en tête tant qu’ils ne sont pas traités.',
    intro_other: 'Les délais de toutes les affaires en cours pour les {{count}} prochains jours, du plus proche au plus lointain. Les délais dépassés restent en tête tant qu’ils ne sont pas traités.',
    range: 'Période affichée',
    rangeDays_one: '{{count}} prochain jour',
    rangeDays_many: '{{count}} prochains jours',
    rangeDays_other: '{{count}} prochains jours',
    empty: 'Aucun délai sur cette période',
    emptyText: 'Les délais découlent des événements (une décision d’extradition, un délai de recours, la fin d’une détention), des pièces d’identité qui expirent, et de ceux saisis à la main dans une affaire.',
    columns: {
      due: 'Échéance',
      left: 'Temps restant',
      deadline: 'Délai',
      client: 'Client',
      case: 'Affaire',
    },
    openCase: 'Ouvrir l’affaire',
    urgent_one: '{{count}} délai dans les 7 jours',
    urgent_many: '{{count}} délais dans les 7 jours',
    urgent_other: '{{count}} délais dans les 7 jours',
    derived: 'calculé',
    consequence: 'En cas de dépassement : {{consequence}}',
    goToClients: 'Aller aux clients',
  },
};
