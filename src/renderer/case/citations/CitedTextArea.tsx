// A long text that may cite exhibit pages: the statement, the interim-measures request, an
// event's description, an element's argument. "[[" or Ctrl+Shift+K opens the citation picker at
// the caret; the citation goes in as a token (src/shared/citations.ts), and the list under the
// field says each one in words (the exhibit's title and pages), with a button to take it out,
// so the lawyer never has to read a token.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCitedText, type Citation } from '../../../shared/citations';
import type { EvidenceItem } from '../../../shared/models';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { CitationPicker } from './CitationPicker';
import { insertToken, removeCitationAt, typedOpening } from './cited-text';
import { useCitationWords } from './citation-words';
import './citations.css';

interface CitedTextAreaProps {
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The case's files: what the picker offers and the list names. */
  evidence: readonly EvidenceItem[];
  rows?: number;
  className?: string;
  error?: string | undefined;
  /** The field's name as a pre-flight finding names it (focus-field.ts). */
  'data-field'?: string;
  /** The language of the text (a version's). */
  lang?: string;
}

/** Ctrl+Shift+K (Cmd+Shift+K on a Mac): Ctrl+K alone is the vault's search. */
function isPickerShortcut(event: React.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';
}

export function CitedTextArea({ label, hint, value, onChange, evidence, rows = 4, className, error, 'data-field': dataField, lang }: CitedTextAreaProps) {
  const { t } = useTranslation('citations');
  const words = useCitationWords(evidence);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  // Where the citation goes: the "[[" typed (replaced by it), or the caret.
  const [picking, setPicking] = useState<{ start: number; end: number } | null>(null);
  const caretAfter = useRef<number | null>(null);

  useEffect(() => {
    if (picking || caretAfter.current === null) return;
    const caret = caretAfter.current;
    caretAfter.current = null;
    textRef.current?.focus();
    textRef.current?.setSelectionRange(caret, caret);
  }, [picking, value]);

  const insert = (citation: Citation) => {
    if (!picking) return;
    const next = insertToken(value, picking.start, picking.end, citation);
    caretAfter.current = next.caret;
    onChange(next.text);
    setPicking(null);
  };

  const cited = parseCitedText(value).flatMap((segment) => ('citation' in segment ? [segment.citation] : []));
  return (
    <div className={['cited-text', className ?? ''].filter(Boolean).join(' ')}>
      <Field
        label={label}
        error={error}
        hint={
          <>
            {hint}
            {hint ? ' ' : ''}
            {t('field.hint')}
          </>
        }
      >
        {(control) => (
          <textarea
            ref={textRef}
            dir="auto"
            rows={rows}
            data-field={dataField}
            lang={lang}
            value={value}
            onChange={(event) => {
              const caret = event.target.selectionStart;
              const next = event.target.value;
              onChange(next);
              if (typedOpening(value, next, caret)) setPicking({ start: caret - 2, end: caret });
            }}
            onKeyDown={(event) => {
              if (!isPickerShortcut(event)) return;
              event.preventDefault();
              const caret = event.currentTarget.selectionEnd;
              setPicking({ start: caret, end: caret });
            }}
            {...control}
          />
        )}
      </Field>
      {cited.length > 0 && (
        <div className="cited-text__list">
          <p className="cited-text__heading" id={listId}>
            {t('field.listHeading', { field: label })}
          </p>
          <ul aria-labelledby={listId}>
            {cited.map((citation, index) => (
              <li key={index} className={words.known(citation) ? undefined : 'cited-text__missing'}>
                <span dir="auto">{words.of(citation)}</span>
                <Button
                  size="small"
                  variant="quiet"
                  aria-label={t('field.remove', { citation: words.of(citation) })}
                  onClick={() => {
                    onChange(removeCitationAt(value, index));
                    textRef.current?.focus();
                  }}
                >
                  {t('field.removeShort')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {picking && (
        <CitationPicker
          evidence={evidence}
          onInsert={insert}
          onClose={() => {
            setPicking(null);
          }}
        />
      )}
    </div>
  );
}
