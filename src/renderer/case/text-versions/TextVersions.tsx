// The versions of a record's texts in the dossier's other languages, edited beside the text as
// typed: a toggle opens a table with one row per text and one column per language, the
// original first (read only, for reference) and an editable version in each other language.
// Closed by default, so a form stays as short as it was for a lawyer who files in one language.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/format/languages';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import type { EvidenceItem } from '../../../shared/models';
import { CitedProse } from '../citations/CitedProse';
import { CitedTextArea } from '../citations/CitedTextArea';
import { otherLanguages, setVersion, type FlatVersions } from './versions-draft';
import './text-versions.css';

export interface VersionedField {
  /** The field's name in a version ("title", "groundReasoning.religion", "risks.0"). */
  name: string;
  label: string;
  /** The text as typed, in the case's language. */
  original: string;
  multiline?: boolean;
  /** A text that may cite exhibit pages (the statement, an argument): its versions get the citation picker. */
  citable?: boolean;
}

interface TextVersionsProps {
  /** The language the case's texts are typed in. */
  written: Language;
  fields: readonly VersionedField[];
  versions: FlatVersions;
  onChange: (versions: FlatVersions) => void;
  /** What these texts are, where a view has several such blocks (the profile's sections): a screen reader hears it with the toggle. */
  subject?: string | undefined;
  /** The case's files, for the citation picker of the citable fields' versions. */
  evidence?: readonly EvidenceItem[] | undefined;
}

export function TextVersions({ written, fields, versions, onChange, subject, evidence }: TextVersionsProps) {
  const { t } = useTranslation('textVersions');
  const [open, setOpen] = useState(false);
  // A version the pre-flight's link asked for while closed: focused once the table shows it.
  const wanted = useRef<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const regionId = useId();
  useEffect(() => {
    if (!open || wanted.current === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(wanted.current)}"]`)?.focus();
    wanted.current = null;
  }, [open]);
  const others = otherLanguages(written);
  const name = (language: Language) => t(`languageNames.${language}`);
  const missing = fields.filter((field) => field.original.trim() !== '').reduce((count, field) => count + others.filter((language) => !versions[language]?.[field.name]?.trim()).length, 0);
  return (
    <div className="text-versions">
      <Button size="small" variant="quiet" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t('toggle')}
        {subject && <span className="visually-hidden">: {subject}</span>}
        {missing > 0 && <span className="text-versions__missing"> ({t('missing', { count: missing })})</span>}
      </Button>
      {/* Closed, each version is still a place a pre-flight link can send the keyboard to (data-field): it opens the table there. */}
      {!open &&
        others.flatMap((language) =>
          fields.map((field) => {
            const place = `versions.${language}.${field.name}`;
            return (
              <span
                key={place}
                data-field={place}
                tabIndex={-1}
                onFocus={() => {
                  wanted.current = place;
                  setOpen(true);
                }}
              />
            );
          }),
        )}
      {open && (
        <div ref={tableRef} id={regionId} role="group" aria-label={subject ? `${t('toggle')}: ${subject}` : t('toggle')} className="text-versions__table" style={{ ['--text-versions-columns' as string]: String(1 + others.length) }}>
          <p className="field__hint text-versions__hint">{t('hint', { language: name(written) })}</p>
          <div className="text-versions__row text-versions__head" aria-hidden="true">
            <span>{t('original', { language: name(written) })}</span>
            {others.map((language) => (
              <span key={language}>{name(language)}</span>
            ))}
          </div>
          {fields.map((field) => (
            <div key={field.name} className="text-versions__row">
              <div className="text-versions__original" lang={written}>
                <span className="field__label">{field.label}</span>
                <p dir="auto">{field.original.trim() === '' ? <span className="muted">{t('nothingTyped')}</span> : field.citable && evidence ? <CitedProse text={field.original} evidence={evidence} /> : field.original}</p>
              </div>
              {others.map((language) => {
                const props = {
                  'data-field': `versions.${language}.${field.name}`,
                  label: t('fieldIn', { field: field.label, language: name(language) }),
                  lang: language,
                  value: versions[language]?.[field.name] ?? '',
                  onChange: (event: { target: { value: string } }) => onChange(setVersion(versions, language, field.name, event.target.value)),
                };
                const rows = field.name === 'narrative' ? 10 : 3;
                if (field.citable && evidence) {
                  return <CitedTextArea key={language} rows={rows} {...props} evidence={evidence} onChange={(text) => props.onChange({ target: { value: text } })} />;
                }
                return field.multiline ? <TextAreaField key={language} rows={rows} {...props} /> : <TextField key={language} {...props} />;
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
