// Global search (Ctrl+K): results as you type, grouped by what they are, chosen with the arrow
// keys and opened with Enter. The input is a combobox over a listbox, so a screen reader
// follows the highlighted result without focus leaving the input.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../shared/models';
import { call } from '../api';
import { clientDisplayName } from '../case/display-names';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { Navigate } from '../vault/routes';
import { openHit } from './open-hit';
import { Snippet } from './Snippet';

const DEBOUNCE_MS = 150;
const entityOrder: SearchHit['entity'][] = ['client', 'case', 'event', 'evidence', 'persecution', 'argument'];

type Results = { query: string; hits: SearchHit[] } | null;

export function SearchDialog({ navigate, onClose }: { navigate: Navigate; onClose: () => void }) {
  const { t, i18n } = useTranslation('search');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxId = useId();
  const optionId = useCallback((index: number) => `${listboxId}-option-${index}`, [listboxId]);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setResults(null);
      setFailure(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      call('search', { query: trimmed, limit: 40 })
        .then((hits) => {
          if (!current) return;
          setResults({ query: trimmed, hits });
          setFailure(null);
          setActive(0);
        })
        .catch((error: unknown) => current && setFailure(error));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  // Results in display order (grouped by entity), so the arrow keys walk them as they are seen.
  const ordered = useMemo(() => {
    const hits = results?.hits ?? [];
    return entityOrder.flatMap((entity) => hits.filter((hit) => hit.entity === entity));
  }, [results]);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  function open(hit: SearchHit) {
    onClose();
    openHit(hit, navigate);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (ordered.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => (index + 1) % ordered.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (index - 1 + ordered.length) % ordered.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = ordered[active];
      if (hit) open(hit);
    }
  }

  const status =
    query.trim() === ''
      ? t('typeToSearch')
      : results === null || results.query !== query.trim()
        ? t('searching')
        : ordered.length === 0
          ? t('noResults', { query: results.query })
          : t('resultCount', { count: ordered.length });

  let index = -1;
  return (
    <Dialog title={t('title')} onClose={onClose} size="wide" initialFocus={inputRef} className="search-dialog">
      <div className="search-box">
        <label htmlFor={`${listboxId}-input`} className="visually-hidden">
          {t('label')}
        </label>
        <input
          ref={inputRef}
          id={`${listboxId}-input`}
          className="search-box__input"
          type="text"
          role="combobox"
          aria-expanded={ordered.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={ordered.length > 0 ? optionId(active) : undefined}
          aria-describedby={`${listboxId}-help`}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          placeholder={t('placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={`${listboxId}-help`} className="search-box__help">
          {t('help')}
        </p>
      </div>
      <p className="search-status" role="status">
        {status}
      </p>
      {failure !== null && <ErrorNotice error={failure} />}
      {ordered.length > 0 && (
      <div className="search-results" id={listboxId} role="listbox" aria-label={t('resultsLabel')}>
        {entityOrder.map((entity) => {
          const hits = ordered.filter((hit) => hit.entity === entity);
          if (hits.length === 0) return null;
          return (
            <div key={entity} role="group" aria-labelledby={`${listboxId}-${entity}`} className="search-results__group">
              <div className="search-results__heading" id={`${listboxId}-${entity}`} role="presentation">
                {t(`entities.${entity}`)}
              </div>
              {hits.map((hit) => {
                index += 1;
                const position = index;
                return (
                  <div
                    key={`${hit.entity}:${hit.entityId}:${hit.page ?? 0}`}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === active}
                    className={`search-hit${position === active ? ' search-hit--active' : ''}`}
                    onMouseMove={() => setActive(position)}
                    onClick={() => open(hit)}
                  >
                    {hit.page === undefined ? (
                      <span className="search-hit__title" dir="auto">
                        {hit.entity === 'persecution' ? t('persecutionTitle') : hit.entity === 'client' ? clientHitTitle(hit.title, i18n.language) : hit.entity === 'argument' ? argumentHitTitle(hit.title, i18n.language) : hit.title}
                      </span>
                    ) : (
                      // A hit in a file's text: the file and the page the words are on.
                      <span className="search-hit__title">
                        <bdi>{hit.title}</bdi>
                        <span className="search-hit__page"> · {t('page', { page: hit.page })}</span>
                      </span>
                    )}
                    {hit.snippet && <Snippet text={hit.snippet} />}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      )}
    </Dialog>
  );
}

/**
 * A client hit is titled "full name / name in original script" by the index; shown as the
 * client's names in reading order, "Ерлан Токтаров (Yerlan Toktarov)" in the Russian window.
 */
function clientHitTitle(title: string, language: string): string {
  const [fullName, fullNameNative, ...more] = title.split(' / ');
  if (!fullName || !fullNameNative || more.length > 0) return title;
  return clientDisplayName({ fullName, fullNameNative }, language);
}

/** An argument hit is titled by its element's label in en, ru and fr ("… / … / …"); shown in the window's language. */
function argumentHitTitle(title: string, language: string): string {
  const labels = title.split(' / ');
  if (labels.length !== 3) return title;
  return labels[['en', 'ru', 'fr'].indexOf(language)] ?? title;
}
