// The persecution profile: Convention grounds with reasoning, who persecutes and on what charges,
// the risk on return and why neither the state nor moving elsewhere protects, the country
// information, the legal basis, and the applicant's own account. Saves as the lawyer types.
// A pre-flight finding's link puts the keyboard in the field it names (`data-field`).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { persecutionGrounds, type EvidenceItem, type PersecutionProfile } from '../../../shared/models';
import { call } from '../../api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CheckboxField, PartialDateField, TextAreaField, TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/field-errors';
import { RepeatingRows } from '../../ui/RepeatingRows';
import { patchAt, removeAt, replaceAt } from '../../ui/rows';
import { useAutosave } from '../../ui/autosave';
import { AutosaveStatus } from '../../ui/AutosaveStatus';
import {
  chargeProblems,
  draftOf,
  emptyCharge,
  emptySource,
  savableInput,
  sourceProblems,
  type PersecutionDraft,
} from './persecution-draft';
import type { Language } from '../../../shared/format/languages';
import { TextVersions, type VersionedField } from '../text-versions/TextVersions';
import { withoutRiskVersion } from '../text-versions/versions-draft';
import { StatementInterpretationFields } from './StatementInterpretation';
import type { FocusRequest } from '../case-views';
import { focusFieldWhenShown } from '../focus-field';
import { CitedTextArea } from '../citations/CitedTextArea';

type TextKey = 'stateProtection' | 'internalRelocation' | 'narrative' | 'remediesExhausted' | 'otherProcedures' | 'interimMeasures';
type ListKey = 'agents' | 'risks' | 'legalBasis';

const legalBasisSuggestions = ['refugeeConvention', 'cat3', 'iccpr7', 'echr3'] as const;

export function PersecutionView({
  caseId,
  initial,
  written,
  focus,
  evidence,
}: {
  caseId: string;
  initial: PersecutionProfile | undefined;
  written: Language;
  focus?: FocusRequest | null | undefined;
  /** The case's files, which the statement and the interim-measures request may cite. */
  evidence: readonly EvidenceItem[];
}) {
  const { t } = useTranslation(['persecution', 'vocab', 'common', 'textVersions']);
  const rootRef = useRef<HTMLDivElement>(null);
  const latestFocus = useRef(0);
  const focusAt = useEffectEvent((request: FocusRequest, field: string) => {
    latestFocus.current = request.seq;
    focusFieldWhenShown(() => rootRef.current, field, () => latestFocus.current === request.seq);
  });
  useEffect(() => {
    if (focus?.field) focusAt(focus, focus.field);
  }, [focus]);
  const [draft, setDraft] = useState<PersecutionDraft>(() => draftOf(initial));
  const { fromZod } = useFieldErrors();
  const autosave = useAutosave((input: ReturnType<typeof savableInput>) => call('persecution.save', { caseId, profile: input }));

  const update = (next: PersecutionDraft) => {
    setDraft(next);
    autosave.change(savableInput(next));
  };
  const setText = (key: TextKey, value: string) => update({ ...draft, [key]: value });
  const setList = (key: ListKey, values: string[]) => update({ ...draft, [key]: values });
  const versionsOf = (subject: string, fields: VersionedField[]) => (
    <TextVersions written={written} subject={subject} fields={fields} versions={draft.versions} evidence={evidence} onChange={(versions) => update({ ...draft, versions })} />
  );
  // The statement and the interim-measures request may cite exhibit pages, in their versions too.
  const textField = (key: TextKey, multiline = true): VersionedField => ({ name: key, label: t(key), original: draft[key], multiline, citable: key === 'narrative' || key === 'interimMeasures' });

  const listEditor = (key: ListKey, hint?: string, datalist?: string) => (
    <RepeatingRows
      legend={t(`${key}.legend`)}
      rows={draft[key]}
      emptyText={t(`${key}.empty`)}
      addLabel={t(`${key}.add`)}
      removeLabel={(index) => t(`${key}.remove`, { n: index + 1 })}
      rowLabel={(index) => t(`${key}.row`, { n: index + 1 })}
      onAdd={() => setList(key, [...draft[key], ''])}
      onRemove={(index) =>
        update({ ...draft, [key]: removeAt(draft[key], index), ...(key === 'risks' ? { versions: withoutRiskVersion(draft.versions, index) } : {}) })
      }
      renderRow={(value, index) => (
        <TextField
          label={t(`${key}.row`, { n: index + 1 })}
          hint={index === 0 ? hint : undefined}
          value={value}
          list={datalist}
          onChange={(e) => setList(key, replaceAt(draft[key], index, e.target.value))}
        />
      )}
    />
  );

  const { state } = autosave;
  return (
    <div className="cw-persecution" ref={rootRef}>
      <div className="cw-view-header cw-view-header--sticky">
        <h2>{t('heading')}</h2>
        <AutosaveStatus state={state} />
      </div>
      <p className="muted cw-intro">{t('intro')}</p>
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={() => void autosave.retry()} />}

      <section className="cw-card" aria-labelledby="persecution-grounds">
        <h3 id="persecution-grounds">{t('groundsHeading')}</h3>
        <fieldset className="cw-fieldset cw-fieldset--plain">
          <legend className="visually-hidden">{t('groundsLegend')}</legend>
          {persecutionGrounds.map((ground) => {
            const entry = draft.grounds[ground];
            const setGround = (patch: Partial<typeof entry>) => update({ ...draft, grounds: { ...draft.grounds, [ground]: { ...entry, ...patch } } });
            return (
              <div key={ground} className="cw-ground">
                <CheckboxField label={t(`vocab:persecutionGrounds.${ground}`)} checked={entry.on} onChange={(e) => setGround({ on: e.target.checked })} />
                {entry.on && (
                  <TextAreaField
                    label={t('groundReasoning', { ground: t(`vocab:persecutionGrounds.${ground}`) })}
                    value={entry.reasoning}
                    onChange={(e) => setGround({ reasoning: e.target.value })}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
        {versionsOf(
          t('groundsHeading'),
          persecutionGrounds
            .filter((ground) => draft.grounds[ground].on)
            .map((ground) => ({
              name: `groundReasoning.${ground}`,
              label: t('groundReasoning', { ground: t(`vocab:persecutionGrounds.${ground}`) }),
              original: draft.grounds[ground].reasoning,
              multiline: true,
            })),
        )}
      </section>

      <section className="cw-card" aria-labelledby="persecution-agents">
        <h3 id="persecution-agents">{t('agentsHeading')}</h3>
        {listEditor('agents', t('agents.hint'))}
        <RepeatingRows
          legend={t('charges.legend')}
          rows={draft.charges}
          emptyText={t('charges.empty')}
          addLabel={t('charges.add')}
          removeLabel={(index) => t('charges.remove', { n: index + 1 })}
          rowLabel={(index) => t('charges.row', { n: index + 1 })}
          onAdd={() => update({ ...draft, charges: [...draft.charges, { ...emptyCharge }] })}
          onRemove={(index) => update({ ...draft, charges: removeAt(draft.charges, index) })}
          renderRow={(charge, index) => {
            const problems = chargeProblems(charge);
            const errors = problems ? fromZod(problems) : {};
            const set = (patch: Partial<typeof charge>) => update({ ...draft, charges: patchAt(draft.charges, index, patch) });
            return (
              <>
                <div className="cw-form__row">
                  <TextField label={t('charges.state')} required value={charge.state} error={errors.state} onChange={(e) => set({ state: e.target.value })} />
                  <TextField label={t('charges.code')} hint={t('charges.codeHint')} value={charge.code} error={errors.code} onChange={(e) => set({ code: e.target.value })} />
                  <TextField label={t('charges.article')} required value={charge.article} error={errors.article} onChange={(e) => set({ article: e.target.value })} />
                </div>
                <TextAreaField label={t('charges.text')} rows={2} value={charge.text} error={errors.text} onChange={(e) => set({ text: e.target.value })} />
                {problems && <p className="cw-note cw-note--warning">{t('charges.heldBack')}</p>}
              </>
            );
          }}
        />
      </section>

      <section className="cw-card" aria-labelledby="persecution-risk">
        <h3 id="persecution-risk">{t('riskHeading')}</h3>
        {listEditor('risks', t('risks.hint'))}
        <TextAreaField data-field="stateProtection" label={t('stateProtection')} hint={t('stateProtectionHint')} rows={4} value={draft.stateProtection} onChange={(e) => setText('stateProtection', e.target.value)} />
        <TextAreaField
          data-field="internalRelocation"
          label={t('internalRelocation')}
          hint={t('internalRelocationHint')}
          rows={4}
          value={draft.internalRelocation}
          onChange={(e) => setText('internalRelocation', e.target.value)}
        />
        {versionsOf(t('riskHeading'), [
          ...draft.risks.map((risk, index) => ({ name: `risks.${index}`, label: t('textVersions:risk', { n: index + 1 }), original: risk })),
          textField('stateProtection'),
          textField('internalRelocation'),
        ])}
      </section>

      <section className="cw-card" aria-labelledby="persecution-coi">
        <h3 id="persecution-coi">{t('countryInformation.heading')}</h3>
        <RepeatingRows
          legend={t('countryInformation.legend')}
          rows={draft.countryInformation}
          emptyText={t('countryInformation.empty')}
          addLabel={t('countryInformation.add')}
          removeLabel={(index) => t('countryInformation.remove', { n: index + 1 })}
          rowLabel={(index) => t('countryInformation.row', { n: index + 1 })}
          onAdd={() => update({ ...draft, countryInformation: [...draft.countryInformation, { ...emptySource }] })}
          onRemove={(index) => update({ ...draft, countryInformation: removeAt(draft.countryInformation, index) })}
          renderRow={(source, index) => {
            const problems = sourceProblems(source);
            const errors = problems ? fromZod(problems) : {};
            const set = (patch: Partial<typeof source>) => update({ ...draft, countryInformation: patchAt(draft.countryInformation, index, patch) });
            return (
              <>
                <TextField label={t('countryInformation.title')} required value={source.title} error={errors.title} onChange={(e) => set({ title: e.target.value })} />
                <div className="cw-form__row">
                  <TextField label={t('countryInformation.source')} value={source.source} error={errors.source} onChange={(e) => set({ source: e.target.value })} />
                  <PartialDateField
                    label={t('countryInformation.date')}
                    hint={t('common:partialDateHint')}
                    value={source.date}
                    error={errors.date}
                    onChange={(e) => set({ date: e.target.value })}
                  />
                </div>
                <TextField label={t('countryInformation.url')} type="url" dir="ltr" value={source.url} error={errors.url} onChange={(e) => set({ url: e.target.value })} />
                {problems && <p className="cw-note cw-note--warning">{t('countryInformation.heldBack')}</p>}
              </>
            );
          }}
        />
      </section>

      <section className="cw-card" aria-labelledby="persecution-law">
        <h3 id="persecution-law">{t('lawHeading')}</h3>
        {listEditor('legalBasis', t('legalBasis.hint'), 'persecution-legal-basis')}
        <datalist id="persecution-legal-basis">
          {legalBasisSuggestions.map((key) => (
            <option key={key} value={t(`legalBasis.suggestions.${key}`)} />
          ))}
        </datalist>
        <TextAreaField data-field="remediesExhausted" label={t('remediesExhausted')} hint={t('remediesExhaustedHint')} rows={4} value={draft.remediesExhausted} onChange={(e) => setText('remediesExhausted', e.target.value)} />
        <TextAreaField data-field="otherProcedures" label={t('otherProcedures')} hint={t('otherProceduresHint')} rows={3} value={draft.otherProcedures} onChange={(e) => setText('otherProcedures', e.target.value)} />
        <CitedTextArea data-field="interimMeasures" label={t('interimMeasures')} hint={t('interimMeasuresHint')} rows={4} value={draft.interimMeasures} evidence={evidence} onChange={(text) => setText('interimMeasures', text)} />
        {versionsOf(t('lawHeading'), [textField('remediesExhausted'), textField('otherProcedures'), textField('interimMeasures')])}
      </section>

      <section className="cw-card" aria-labelledby="persecution-narrative">
        <h3 id="persecution-narrative">{t('narrativeHeading')}</h3>
        <CitedTextArea
          data-field="narrative"
          label={t('narrative')}
          hint={t('narrativeHint')}
          rows={14}
          className="cw-field--narrative"
          value={draft.narrative}
          evidence={evidence}
          onChange={(text) => setText('narrative', text)}
        />
        {versionsOf(t('narrativeHeading'), [textField('narrative')])}
        <StatementInterpretationFields value={draft.statementInterpretation} onChange={(statementInterpretation) => update({ ...draft, statementInterpretation })} />
      </section>
    </div>
  );
}
