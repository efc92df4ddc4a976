// The element map: for each legal test the case argues (its forum, and the profile's legal basis),
// every element with its label and what it asks, the lawyer's argument (citations and versions
// included) and the facts, exhibits and country information it rests on, linked and unlinked by
// mouse or keyboard. An element nothing supports says so plainly, unless it is argued only when
// the facts raise it. Each element saves on its own as the lawyer types (arguments.save).
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/format/languages';
import { elementsOfBasis, legalBasesOf, legalBasisTitles, type LegalElementKey } from '../../../shared/legal-elements';
import type { CaseDetail } from '../../../shared/models';
import { call } from '../../api';
import type { FocusRequest } from '../case-views';
import { focusFieldWhenShown } from '../focus-field';
import { elementDraftOf, emptyElementDraft, isSupported, withoutGoneLinks, type ElementDraft } from './element-draft';
import { ElementCard } from './ElementCard';
import './argument.css';

export function ArgumentView({
  detail,
  written,
  focus,
  shown = true,
}: {
  detail: CaseDetail;
  written: Language;
  focus?: FocusRequest | null | undefined;
  /** Whether the tab is on screen: each time it shows, the profile is read afresh. */
  shown?: boolean;
}) {
  const { t, i18n } = useTranslation('argument');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const rootRef = useRef<HTMLDivElement>(null);
  // The legal basis and the country information are edited in the persecution tab, which saves
  // without reloading the case: the map reads the profile again whenever it is shown.
  const [profile, setProfile] = useState(detail.persecution);
  useEffect(() => setProfile(detail.persecution), [detail.persecution]);
  useEffect(() => {
    if (!shown) return undefined;
    let current = true;
    call('persecution.get', { caseId: detail.case.id })
      .then((fresh) => current && setProfile(fresh))
      // The case's own copy stays on screen; the next showing tries again.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [shown, detail.case.id]);
  const bases = legalBasesOf(detail.case.forum, profile?.legalBasis ?? []);
  const sources = useMemo(() => profile?.countryInformation.map((source) => source.title) ?? [], [profile]);
  // One draft object per stored argument, kept across renders so an untouched card is not redrawn.
  const stored = useMemo(() => new Map((detail.elementArguments ?? []).map((entry) => [entry.element, elementDraftOf(entry)])), [detail.elementArguments]);
  // The drafts are the map's own from the first show on: a reload of the case must not undo typing.
  const [drafts, setDrafts] = useState<Partial<Record<LegalElementKey, ElementDraft>>>({});
  // An event or file deleted since a draft was typed leaves it (the reloaded case no longer holds
  // it): each draft is read without it, once per draft object, so the next save is not refused.
  const present = useMemo(() => {
    const eventIds = new Set(detail.events.map((event) => event.id));
    const evidenceIds = new Set(detail.evidence.map((item) => item.id));
    const cleaned = new WeakMap<ElementDraft, ElementDraft>();
    return (draft: ElementDraft) => {
      let clean = cleaned.get(draft);
      if (!clean) cleaned.set(draft, (clean = withoutGoneLinks(draft, eventIds, evidenceIds)));
      return clean;
    };
  }, [detail.events, detail.evidence]);
  const draftOf = (key: LegalElementKey) => present(drafts[key] ?? stored.get(key) ?? emptyElementDraft);
  const setDraft = useCallback((key: LegalElementKey, next: ElementDraft) => setDrafts((current) => ({ ...current, [key]: next })), []);

  // A pre-flight or citation-report link: the element's card, then its field.
  const latestFocus = useRef(0);
  const focusAt = useEffectEvent((request: FocusRequest) => {
    latestFocus.current = request.seq;
    const card = () => rootRef.current?.querySelector(`[data-element="${CSS.escape(request.id ?? '')}"]`);
    focusFieldWhenShown(card, request.field ?? 'argument', () => latestFocus.current === request.seq);
  });
  useEffect(() => {
    if (focus?.id) focusAt(focus);
  }, [focus]);

  const elements = bases.flatMap((basis) => elementsOfBasis(basis));
  const unsupported = elements.filter((element) => !element.conditional && !isSupported(element.key, draftOf(element.key))).length;

  return (
    <div className="cw-argument" ref={rootRef}>
      <div className="cw-view-header">
        <h2>{t('heading')}</h2>
      </div>
      <p className="muted cw-intro">
        {t('intro')} {t('basesFrom')}
      </p>
      <p className={unsupported > 0 ? 'cw-note cw-note--warning' : 'cw-note'} role="status">
        {unsupported > 0 ? t('unsupportedCount', { count: unsupported }) : t('allSupported')}
      </p>
      {bases.map((basis) => (
        <section key={basis} className="cw-argument__basis" aria-labelledby={`argument-basis-${basis}`}>
          <h3 id={`argument-basis-${basis}`}>{legalBasisTitles[basis][language]}</h3>
          {elementsOfBasis(basis).map((element) => (
            <ElementCard
              key={element.key}
              caseId={detail.case.id}
              element={element}
              language={language}
              written={written}
              draft={draftOf(element.key)}
              supported={isSupported(element.key, draftOf(element.key))}
              onChange={setDraft}
              events={detail.events}
              evidence={detail.evidence}
              sources={sources}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
