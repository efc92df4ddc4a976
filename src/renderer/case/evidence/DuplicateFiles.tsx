// After an import: the files whose content the case already holds, each with the item it
// repeats. "Skip" (the default, focused) leaves them out; "Add anyway" imports them again.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { Button } from '../../ui/Button';

export type DuplicateFile = MethodOutput<'evidence.import'>['duplicates'][number];

export function DuplicateFiles({ duplicates, onSkip, onAddAnyway }: { duplicates: DuplicateFile[]; onSkip: () => void; onAddAnyway: () => void }) {
  const { t } = useTranslation('evidence');
  const skipRef = useRef<HTMLButtonElement>(null);
  useEffect(() => skipRef.current?.focus(), []);
  return (
    <section className="cw-duplicates" aria-labelledby="evidence-duplicates-heading" data-testid="evidence-duplicates">
      <h4 id="evidence-duplicates-heading">{t('duplicates.heading', { count: duplicates.length })}</h4>
      <p>{t('duplicates.text')}</p>
      <ul>
        {duplicates.map((duplicate) => (
          <li key={duplicate.path}>
            <bdi className="cw-refused__file">{duplicate.file}</bdi>
            {' — '}
            <span dir="auto">{t('duplicates.sameAs', { title: duplicate.existing.title, originalName: duplicate.existing.originalName })}</span>
          </li>
        ))}
      </ul>
      <div className="cw-duplicates__actions">
        <Button ref={skipRef} variant="primary" onClick={onSkip}>
          {t('duplicates.skip')}
        </Button>
        <Button onClick={onAddAnyway}>{t('duplicates.addAnyway')}</Button>
      </div>
    </section>
  );
}
