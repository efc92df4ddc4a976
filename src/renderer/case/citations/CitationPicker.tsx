// The citation picker: a modal opened from a long text ("[[" or Ctrl+Shift+K) to cite an
// exhibit's page. First the exhibit, found by its title as a search box finds a record (type,
// arrow keys, Enter); then its page, from thumbnails or typed as a range ("2", "2-5", blank for
// the whole exhibit); Enter inserts the citation and the dialog closes, the text field gets the
// keyboard back where it was.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pagesText, type Citation } from '../../../shared/citations';
import type { EvidenceItem } from '../../../shared/models';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PagesField } from './PagesField';
import { parsePages } from './cited-text';
import { exhibitMatches } from './exhibit-search';
import { PageThumbnails } from './PageThumbnails';

const SHOWN_AT_MOST = 50;

interface CitationPickerProps {
  evidence: readonly EvidenceItem[];
  onInsert: (citation: Citation) => void;
  onClose: () => void;
}

export function CitationPicker({ evidence, onInsert, onClose }: CitationPickerProps) {
  const { t } = useTranslation('citations');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<EvidenceItem | null>(null);
  const [pagesTyped, setPagesTyped] = useState('');
  const [pageCount, setPageCount] = useState<number | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const pagesRef = useRef<HTMLInputElement>(null);
  const listboxId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  const matching = useMemo(() => evidence.filter((item) => exhibitMatches(item, query)), [evidence, query]);
  // A case of thousands of files lists the first few dozen; more of the title narrows them.
  const found = matching.slice(0, SHOWN_AT_MOST);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from the stable listboxId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (item: EvidenceItem) => {
    setChosen(item);
    setPagesTyped('');
    setPageCount(undefined);
    setTried(false);
  };
  // The page field takes the keyboard once an exhibit is chosen, the search box once it is let go.
  useEffect(() => {
    if (chosen) pagesRef.current?.focus();
    else searchRef.current?.focus();
  }, [chosen]);

  const pages = parsePages(pagesTyped, pageCount);
  const insert = () => {
    setTried(true);
    if (!chosen || pages === null) return;
    onInsert({ evidenceId: chosen.id, ...(pages ? { pages } : {}) });
  };

  const onSearchKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    // Enter never reaches a form around the text field (the event form would be sent).
    if (event.key === 'Enter') event.preventDefault();
    if (found.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => (index + 1) % found.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index - 1 + found.length) % found.length);
    } else if (event.key === 'Enter') {
      const item = found[active];
      if (item) choose(item);
    }
  };

  const pick = (page: number, extend: boolean) => {
    const current = parsePages(pagesTyped, pageCount);
    // Shift+click stretches the range from the page already chosen.
    if (extend && current) setPagesTyped(pagesText({ from: Math.min(current.from, page), to: Math.max(current.to, page) }));
    else setPagesTyped(String(page));
    pagesRef.current?.focus();
  };

  const pagesError = tried && pages === null ? (pageCount !== undefined ? t('picker.pagesBeyond', { count: pageCount }) : t('picker.pagesInvalid')) : undefined;

  return (
    <Dialog
      title={t('picker.title')}
      onClose={onClose}
      size="wide"
      initialFocus={searchRef}
      className="citation-picker"
      footer={
        <>
          <Button onClick={onClose}>{t('picker.cancel')}</Button>
          <Button variant="primary" disabled={!chosen} onClick={insert}>
            {t('picker.insert')}
          </Button>
        </>
      }
    >
      {!chosen ? (
        <>
          <div className="search-box">
            <label htmlFor={`${listboxId}-input`} className="field__label">
              {t('picker.search')}
            </label>
            <input
              ref={searchRef}
              id={`${listboxId}-input`}
              className="search-box__input"
              type="text"
              role="combobox"
              aria-expanded={found.length > 0}
              aria-controls={listboxId}
              aria-autocomplete="list"
              aria-activedescendant={found.length > 0 ? optionId(active) : undefined}
              aria-describedby={`${listboxId}-help`}
              autoComplete="off"
              spellCheck={false}
              dir="auto"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onSearchKey}
            />
            <p id={`${listboxId}-help`} className="search-box__help">
              {t('picker.searchHelp')}
            </p>
          </div>
          <p className="search-status" role="status">
            {evidence.length === 0
              ? t('picker.noExhibits')
              : found.length === 0
                ? t('picker.noMatch', { query: query.trim() })
                : matching.length > found.length
                  ? t('picker.foundMore', { count: matching.length, shown: found.length })
                  : t('picker.found', { count: found.length })}
          </p>
          {found.length > 0 && (
            <div className="search-results citation-picker__results" id={listboxId} role="listbox" aria-label={t('picker.exhibits')}>
              {found.map((item, index) => (
                <div
                  key={item.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={`search-hit${index === active ? ' search-hit--active' : ''}`}
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(item)}
                >
                  <span className="search-hit__title" dir="auto">
                    {item.title}
                  </span>
                  <span className="search-hit__snippet muted" dir="auto">
                    {item.originalName}
                  </span>
                </div>
              ))}
            </div>
          )}
        </>
      ) : (
        <div className="citation-picker__pages">
          <p className="citation-picker__chosen">
            <span className="muted">{t('picker.exhibit')}: </span>
            <bdi>{chosen.title}</bdi>{' '}
            <Button size="small" variant="quiet" onClick={() => setChosen(null)}>
              {t('picker.another')}
            </Button>
          </p>
          <PagesField
            inputRef={pagesRef}
            label={t('picker.pages')}
            hint={pageCount !== undefined ? t('picker.pagesHintCount', { count: pageCount }) : t('picker.pagesHint')}
            error={pagesError}
            value={pagesTyped}
            onChange={(event) => setPagesTyped(event.target.value)}
            onEnter={insert}
          />
          <PageThumbnails item={chosen} chosen={pages ?? undefined} onPick={pick} onPageCount={setPageCount} />
        </div>
      )}
    </Dialog>
  );
}
