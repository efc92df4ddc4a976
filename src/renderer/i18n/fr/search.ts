import type { search as en } from '../en/search';
import type { FrenchMessages } from '../messages';

export const search: FrenchMessages<typeof en> = {
  title: 'Rechercher dans le coffre-fort',
  label: 'Rechercher',
  placeholder: 'Noms dans toute écriture, lieux, références, descriptions…',
  help: '↑ ↓ choisir · Entrée ouvrir · Échap fermer',
  resultsLabel: 'Résultats',
  typeToSearch: 'Saisissez du texte pour rechercher des clients, des affaires, des événements, des pièces et des profils de persécution.',
  searching: 'Recherche…',
  noResults: 'Aucun résultat pour « {{query}} ».',
  resultCount_one: '{{count}} résultat',
  resultCount_many: '{{count}} résultats',
  resultCount_other: '{{count}} résultats',
  page: 'p. {{page, number}}',
  persecutionTitle: 'Profil de persécution',
  entities: {
    client: 'Clients',
    case: 'Affaires',
    event: 'Événements de la chronologie',
    evidence: 'Pièces',
    persecution: 'Profils de persécution',
    argument: 'Argumentation',
  },
};
