// A citation said in the window's words: "Photograph of the picket, p. 2", "Medical report,
// pp. 3–5", "Medical report, whole exhibit". A citation to a file no longer in the case says so.
// The dossier's label ("Annex 4") depends on the export's choices: the export view's citation
// report gives it.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation, CitedPages } from '../../../shared/citations';
import type { EvidenceItem } from '../../../shared/models';

export function useCitationPages(): (pages: CitedPages | undefined) => string {
  const { t } = useTranslation('citations');
  return useCallback(
    (pages) => (!pages ? t('words.whole') : pages.from === pages.to ? t('words.page', { page: pages.from }) : t('words.pages', { from: pages.from, to: pages.to })),
    [t],
  );
}

export function useCitationWords(evidence: readonly EvidenceItem[]) {
  const { t } = useTranslation('citations');
  const pagesWords = useCitationPages();
  const titles = useMemo(() => new Map(evidence.map((item) => [item.id, item.title])), [evidence]);
  return useMemo(
    () => ({
      known: (citation: Citation) => titles.has(citation.evidenceId),
      of: (citation: Citation) => {
        const title = titles.get(citation.evidenceId);
        if (title === undefined) return t('words.missing', { pages: pagesWords(citation.pages) });
        return t('words.cited', { title, pages: pagesWords(citation.pages) });
      },
    }),
    [titles, t, pagesWords],
  );
}
