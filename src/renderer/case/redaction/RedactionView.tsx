// The Redaction tab: the case's profiles, each what one recipient's dossier leaves out. Profiles
// are created, renamed and deleted here (a name once per case); the chosen profile's terms,
// withheld items and boxes are edited below. Each change is saved at once through one queue
// (useAutosave), as the other tabs save as the lawyer works: a term, a tick or a kept box is one
// deliberate act, and a "Save" button would be one more thing to forget before exporting.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/models';
import type { RedactionProfile } from '../../../shared/redaction';
import { call } from '../../api';
import { AutosaveStatus } from '../../ui/AutosaveStatus';
import { useAutosave } from '../../ui/autosave';
import { Button } from '../../ui/Button';
import { DeleteWithConfirm } from '../../ui/DeleteWithConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CheckboxField, TextField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useLoaded } from '../../ui/useLoaded';
import { draftOf, nameTaken, presentOnly, type ProfileDraft } from './profile-draft';
import { RegionEditor } from './RegionEditor';
import { TermsEditor } from './TermsEditor';
import { WithheldItems } from './WithheldItems';
import './redaction.css';

type Saved = { id: string; draft: ProfileDraft };

export function RedactionView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('redaction');
  const caseId = detail.case.id;
  const profiles = useLoaded(() => call('redaction.list', { caseId }), [caseId]);
  const list = useMemo(() => (profiles.state.status === 'ready' ? profiles.state.value : []), [profiles.state]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [status, setStatus] = useState('');
  // What was dropped from the chosen profile because the case no longer holds it, in words.
  const [gone, setGone] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  // The whole profile goes each time; the form is never refilled from the answer, so a change
  // made while a save runs is the next one sent.
  const autosave = useAutosave<Saved>((value) => call('redaction.save', { caseId, id: value.id, profile: value.draft }), {
    onSaved: (value) => profiles.setValue(list.map((profile) => (profile.id === value.id ? { ...profile, ...value.draft } : profile))),
  });

  const present = useMemo(() => presentOnly(detail), [detail]);
  const choose = useCallback(
    async (profile: RedactionProfile | undefined) => {
      // What the last profile is waiting to save goes first: the queue holds one profile at a time.
      await autosave.flush();
      setChosenId(profile?.id ?? null);
      setDraft(profile ? draftOf(profile) : null);
      setGone('');
    },
    [autosave],
  );

  // An exhibit or event deleted while a profile is open (another tab, the CLI) comes as a new
  // detail: the draft is filtered again and the filtered draft saved, else every save would be
  // refused for naming what is gone. A profile chosen that names such things is treated the same.
  useEffect(() => {
    if (!draft || !chosenId) return;
    const { draft: kept, gone: dropped } = present(draft);
    if (kept === draft) return;
    setDraft(kept);
    autosave.change({ id: chosenId, draft: kept });
    const said = [
      dropped.boxes > 0 ? t('profiles.goneBoxes', { count: dropped.boxes }) : '',
      dropped.exhibits > 0 ? t('profiles.goneExhibits', { count: dropped.exhibits }) : '',
      dropped.events > 0 ? t('profiles.goneEvents', { count: dropped.events }) : '',
    ];
    setGone(said.filter(Boolean).join(' '));
  }, [present, draft, chosenId, autosave, t]);

  // The first profile is shown when the list first comes.
  useEffect(() => {
    if (chosenId === null && list.length > 0) void choose(list[0]);
  }, [list, chosenId, choose]);

  const change = (next: ProfileDraft) => {
    if (!chosenId) return;
    setDraft(next);
    autosave.change({ id: chosenId, draft: next });
  };

  const created = async (profile: RedactionProfile) => {
    profiles.setValue([...list, profile]);
    await choose(profile);
    setStatus(t('profiles.created', { name: profile.name }));
  };

  const remove = async (profile: RedactionProfile) => {
    // A change still waiting goes first: sent after the removal, it would fail on the next profile's screen.
    await autosave.flush();
    await call('redaction.remove', { caseId, id: profile.id });
    const rest = list.filter((candidate) => candidate.id !== profile.id);
    profiles.setValue(rest);
    setChosenId(rest[0]?.id ?? null);
    setDraft(rest[0] ? draftOf(rest[0]) : null);
    setGone('');
    setStatus(t('profiles.deleted', { name: profile.name }));
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLButtonElement>('button')?.focus());
  };

  const renamed = (name: string) => {
    if (!draft || !chosenId) return;
    setDraft({ ...draft, name });
    profiles.setValue(list.map((profile) => (profile.id === chosenId ? { ...profile, name } : profile)));
    setStatus(t('profiles.renamed', { name }));
  };

  const chosen = list.find((profile) => profile.id === chosenId);

  return (
    <div className="cw-redaction">
      <div className="cw-view-header">
        <h2>{t('heading')}</h2>
      </div>
      <p className="muted cw-intro">
        {t('intro')} {t('savesAsYouGo')}
      </p>

      <section className="cw-card" aria-labelledby="redaction-profiles-heading">
        <h3 id="redaction-profiles-heading">{t('profiles.heading')}</h3>
        {profiles.state.status === 'loading' && <p className="muted">{t('loading')}</p>}
        {profiles.state.status === 'failed' && <ErrorNotice error={profiles.state.error} onRetry={profiles.reload} />}
        {profiles.state.status === 'ready' &&
          (list.length === 0 ? (
            <EmptyState title={t('profiles.none')} />
          ) : (
            <ul className="rd-profiles" aria-label={t('profiles.listLabel')} ref={listRef}>
              {list.map((profile) => (
                <li key={profile.id}>
                  <button type="button" className="rd-profile" aria-pressed={profile.id === chosenId} onClick={() => void choose(profile)}>
                    <span className="rd-profile__name" dir="auto">
                      {profile.name}
                    </span>
                    <span className="rd-profile__summary muted">
                      {t('profiles.summary', {
                        terms: profile.terms.length,
                        regions: profile.regions.length,
                        withheld: profile.withheldFields.length + profile.withheldEvidenceIds.length + profile.withheldEventIds.length,
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ))}
        <NewProfile caseId={caseId} taken={list} onCreated={(profile) => void created(profile)} />
        <StatusMessage>{status}</StatusMessage>
      </section>

      {chosen && draft && (
        <section className="cw-card rd-editor" aria-labelledby="redaction-profile-heading" key={chosen.id}>
          <div className="cw-card__header">
            <h3 id="redaction-profile-heading" dir="auto">
              {t('profiles.editing', { name: draft.name })}
            </h3>
            <AutosaveStatus state={autosave.state} />
          </div>
          {autosave.state.status === 'failed' && <ErrorNotice error={autosave.state.error} onRetry={() => void autosave.retry()} />}
          <StatusMessage>{gone}</StatusMessage>
          <div className="form__actions">
            <RenameProfile
              caseId={caseId}
              profile={chosen}
              draft={draft}
              taken={list}
              beforeSave={autosave.flush}
              onRenamed={renamed}
            />
            <DeleteWithConfirm
              label={t('profiles.delete')}
              accessibleLabel={t('profiles.deleteNamed', { name: draft.name })}
              question={t('profiles.deleteQuestion', { name: draft.name })}
              confirmLabel={t('profiles.deleteConfirm')}
              groupLabel={t('profiles.deleteGroup')}
              onDelete={() => remove(chosen)}
            />
          </div>
          <CheckboxField
            label={t('profiles.logPage')}
            hint={t('profiles.logPageHint')}
            checked={draft.logPage}
            onChange={(event) => change({ ...draft, logPage: event.target.checked })}
          />
          <TermsEditor caseId={caseId} terms={draft.terms} onChange={(terms) => change({ ...draft, terms })} />
          <WithheldItems detail={detail} draft={draft} onChange={change} />
          <RegionEditor evidence={detail.evidence} regions={draft.regions} onChange={(regions) => change({ ...draft, regions })} />
        </section>
      )}
    </div>
  );
}

function NewProfile({ caseId, taken, onCreated }: { caseId: string; taken: readonly RedactionProfile[]; onCreated: (profile: RedactionProfile) => void }) {
  const { t } = useTranslation('redaction');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = name.trim();
    setFailure(null);
    if (wanted === '') return setProblem(t('profiles.nameEmpty'));
    if (nameTaken(taken, wanted)) return setProblem(t('profiles.nameTaken', { name: wanted }));
    setProblem(undefined);
    setBusy(true);
    try {
      const profile = await call('redaction.save', { caseId, profile: { name: wanted } });
      setName('');
      onCreated(profile);
    } catch (error) {
      // The name stays typed; the core's refusal is said under the form.
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rd-new" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('profiles.newName')}
        hint={t('profiles.newNameHint')}
        value={name}
        maxLength={80}
        error={problem}
        onChange={(event) => {
          setName(event.target.value);
          setProblem(undefined);
        }}
      />
      <Button type="submit" busy={busy}>
        {t('profiles.create')}
      </Button>
      {failure !== null && <ErrorNotice error={failure} />}
    </form>
  );
}

function RenameProfile({
  caseId,
  profile,
  draft,
  taken,
  beforeSave,
  onRenamed,
}: {
  caseId: string;
  profile: RedactionProfile;
  draft: ProfileDraft;
  taken: readonly RedactionProfile[];
  beforeSave: () => Promise<void>;
  onRenamed: (name: string) => void;
}) {
  const { t } = useTranslation(['redaction', 'common']);
  const [name, setName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (name !== null) fieldRef.current?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name !== null]);

  const close = () => {
    setName(null);
    setProblem(undefined);
    setFailure(null);
    requestAnimationFrame(() => openRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = (name ?? '').trim();
    setFailure(null);
    if (wanted === '') return setProblem(t('profiles.nameEmpty'));
    if (nameTaken(taken, wanted, profile.id)) return setProblem(t('profiles.nameTaken', { name: wanted }));
    setBusy(true);
    try {
      // The queue's waiting change first, so this save carries the newest of everything else.
      await beforeSave();
      await call('redaction.save', { caseId, id: profile.id, profile: { ...draft, name: wanted } });
      onRenamed(wanted);
      close();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (name === null) {
    return (
      <Button ref={openRef} onClick={() => setName(draft.name)} aria-label={t('profiles.renameNamed', { name: draft.name })}>
        {t('profiles.rename')}
      </Button>
    );
  }
  return (
    <form className="rd-rename" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && close()} noValidate>
      <TextField
        label={t('profiles.name')}
        value={name}
        maxLength={80}
        error={problem}
        inputRef={fieldRef}
        onChange={(event) => {
          setName(event.target.value);
          setProblem(undefined);
        }}
      />
      <Button type="submit" variant="primary" busy={busy}>
        {t('profiles.saveName')}
      </Button>
      <Button onClick={close} disabled={busy}>
        {t('common:cancel')}
      </Button>
      {failure !== null && <ErrorNotice error={failure} />}
    </form>
  );
}
