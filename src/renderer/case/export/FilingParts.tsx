// The export's size limit and the photos' resolution, and the parts an export wrote: a dossier
// over the limit (the template's, or the one typed here) goes in files NAME_Part1.pdf, … each
// under it, page numbers running on; photos are placed at 300 dpi of their printed size unless
// the lawyer keeps them at full resolution.
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { formatFileSize } from '../../../shared/format/file-size';
import { languageOf } from '../../../shared/format/languages';
import { Button } from '../../ui/Button';
import { CheckboxField, TextField } from '../../ui/Field';
import { typedPartLimit } from './part-limit';

export { typedPartLimit };

type Part = NonNullable<MethodOutput<'dossier.export'>['parts']>[number];

export function PartsOptions({
  typed,
  onTyped,
  templateLimit,
  shrink,
  onShrink,
  disabled,
}: {
  typed: string;
  onTyped: (typed: string) => void;
  templateLimit: number | undefined;
  shrink: boolean;
  onShrink: (shrink: boolean) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('exportView');
  const invalid = typedPartLimit(typed) === null;
  return (
    <div className="cw-form__row">
      <TextField
        label={t('parts.limit')}
        value={typed}
        inputMode="decimal"
        autoComplete="off"
        dir="ltr"
        disabled={disabled}
        error={invalid ? t('parts.invalid') : undefined}
        // Forums state their limits in decimal megabytes (25 MB is 25,000,000 bytes).
        hint={templateLimit !== undefined ? t('parts.templateLimit', { size: t('parts.megabytes', { count: templateLimit / 1_000_000 }) }) : t('parts.noLimit')}
        onChange={(e) => onTyped(e.target.value)}
      />
      <div className="cw-export-option">
        <CheckboxField label={t('parts.shrink')} hint={t('parts.shrinkHint')} checked={shrink} disabled={disabled} onChange={(e) => onShrink(e.target.checked)} />
      </div>
    </div>
  );
}

export function PartsWritten({ parts, onOpen }: { parts: readonly Part[]; onOpen: (file: string) => void }) {
  const { t, i18n } = useTranslation('exportView');
  const language = languageOf(i18n.language);
  return (
    <div className="cw-export-parts">
      <h4>{t('parts.written', { count: parts.length })}</h4>
      <ol aria-label={t('parts.listLabel')}>
        {parts.map((part, index) => (
          <li key={part.file}>
            <span className="cw-break">
              <bdi>{baseName(part.file)}</bdi>
            </span>{' '}
            <span className="muted">{t('parts.pages', { first: part.firstPage, last: part.lastPage, size: formatFileSize(part.bytes, language) })}</span>{' '}
            <Button size="small" onClick={() => onOpen(part.file)} aria-label={t('parts.openPart', { index: index + 1 })}>
              {t('parts.open')}
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

type PredictedPart = NonNullable<MethodOutput<'dossier.plan'>['parts']>[number];

/** The parts the plan predicts, before export: each one's pages, estimated size and exhibits. */
export function PartsPredicted({ parts }: { parts: readonly PredictedPart[] }) {
  const { t, i18n } = useTranslation('exportView');
  const language = languageOf(i18n.language);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <div className="cw-export-parts">
      <h4>{t('parts.predicted', { count: parts.length })}</h4>
      <ol aria-label={t('parts.predictedLabel')}>
        {parts.map((part, index) => (
          <li key={index}>
            {t('parts.predictedPart', { index: index + 1, first: part.firstPage, last: part.lastPage, size: formatFileSize(part.bytes, language) })}
            {part.holds.length > 0 && (
              <>
                {' '}
                <span className="muted">
                  <bdi>{t('parts.holds', { names: list.format(part.holds) })}</bdi>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="muted">{t('parts.predictedNote')}</p>
    </div>
  );
}
