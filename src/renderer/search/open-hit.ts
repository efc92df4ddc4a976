// Where a search hit leads: a client to their page, anything inside a case to the case view
// that shows it, with the record in focus where the view can find it; a hit in a file's text
// opens that file at its page, with the words the search matched highlighted.
import type { SearchHit } from '../../shared/models';
import type { Navigate } from '../vault/routes';
import { markedWords } from './snippet-marks';

export function openHit(hit: SearchHit, navigate: Navigate): void {
  switch (hit.entity) {
    case 'client':
      navigate.client(hit.entityId);
      return;
    case 'case':
      navigate.openCase(hit.entityId);
      return;
    case 'event':
      if (hit.caseId) navigate.openCase(hit.caseId, 'timeline', hit.entityId);
      return;
    case 'evidence':
      if (hit.caseId) navigate.openCase(hit.caseId, 'evidence', hit.entityId, hit.page === undefined ? undefined : { page: hit.page, words: markedWords(hit.snippet) });
      return;
    case 'persecution':
      navigate.openCase(hit.caseId ?? hit.entityId, 'persecution');
      return;
    // An element's argument: its search id is "caseId:element"; the element map opens at it.
    case 'argument':
      if (hit.caseId) navigate.openCase(hit.caseId, 'argument', hit.entityId.slice(hit.entityId.lastIndexOf(':') + 1));
      return;
  }
}
