// Boxes drawn on exhibit pages: an exhibit and a page are chosen, the page is shown large (a
// PDF's drawn by pdf.js in the window, an image's preview from the core) and boxes are drawn on
// it by dragging the mouse, or by keyboard on the focused page (Enter or N starts one in the
// middle, the arrows move it, Shift with the arrows resizes it, 1 to 5 pick its reason, Enter
// keeps it). Kept boxes are buttons on the page (the arrows move one, Delete removes it) and are
// listed beside it with their reason and a Remove button. A box is stored as fractions of the
// upright page, so it lands wherever the dossier draws the page, at any resolution.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/models';
import { redactionReasons, type RedactionReason, type RedactionRegion } from '../../../shared/redaction';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { boxForKey, boxFromDrag, percents, pointIn, STARTING_BOX, type Box, type Point } from './box-geometry';
import { PagePicture, useOpenedExhibit, type OpenedExhibit } from './PagePicture';
import { useReasonOptions } from './reason-options';

/** Files whose pages the window can show: a PDF's through pdf.js, an image's through the core's preview. */
function drawable(item: EvidenceItem): boolean {
  return item.mediaType === 'application/pdf' || item.mediaType.startsWith('image/');
}

interface RegionEditorProps {
  evidence: readonly EvidenceItem[];
  regions: readonly RedactionRegion[];
  onChange: (regions: RedactionRegion[]) => void;
}

export function RegionEditor({ evidence, regions, onChange }: RegionEditorProps) {
  const { t } = useTranslation('redaction');
  const reasons = useReasonOptions();
  const files = useMemo(() => evidence.filter(drawable), [evidence]);
  const [evidenceId, setEvidenceId] = useState('');
  const [page, setPage] = useState(1);
  const [reason, setReason] = useState<RedactionReason>('third_party');
  const item = files.find((file) => file.id === evidenceId);
  const opened = useOpenedExhibit(item);
  const pages = opened.status === 'pdf' ? opened.pdf.pages : opened.status === 'image' ? 1 : null;

  const choose = (id: string) => {
    setEvidenceId(id);
    setPage(1);
  };

  const onThisPage = regions.flatMap((region, index) => (region.evidenceId === evidenceId && region.page === page ? [{ region, index }] : []));
  const elsewhere = regions.length - onThisPage.length;

  return (
    <section className="rd-section" aria-labelledby="redaction-regions-heading">
      <h4 id="redaction-regions-heading">{t('regions.heading')}</h4>
      <p className="muted">{t('regions.help')}</p>
      {files.length === 0 ? (
        <p className="muted">{t('regions.noExhibits')}</p>
      ) : (
        <>
          <div className="cw-form__row rd-regions__choice">
            <SelectField
              label={t('regions.exhibit')}
              value={evidenceId}
              placeholder={t('regions.chooseExhibit')}
              options={files.map((file) => ({ value: file.id, label: file.title }))}
              onChange={(event) => choose(event.target.value)}
            />
            <SelectField
              label={t('regions.reason')}
              value={reason}
              options={reasons}
              onChange={(event) => setReason(event.target.value as RedactionReason)}
            />
          </div>
          {elsewhere > 0 && <p className="muted">{t('regions.elsewhere', { count: elsewhere })}</p>}
          {item && (
            <>
              {opened.status === 'image' && opened.firstOfMany && <p className="muted">{t('regions.imageFirstPage')}</p>}
              {pages !== null && pages > 1 && (
                <div className="cw-pager" role="group" aria-label={t('regions.page')}>
                  <Button size="small" variant="quiet" onClick={() => setPage(page - 1)} disabled={page <= 1}>
                    {t('regions.previous')}
                  </Button>
                  <span className="cw-pager__where" aria-live="polite">
                    {t('regions.pageOf', { page, count: pages })}
                  </span>
                  <Button size="small" variant="quiet" onClick={() => setPage(page + 1)} disabled={page >= pages}>
                    {t('regions.next')}
                  </Button>
                  <GoToPage pages={pages} onGo={setPage} />
                </div>
              )}
              <PageBoxes
                key={`${item.id}:${page}`}
                item={item}
                opened={opened}
                page={page}
                pages={pages}
                onTurn={setPage}
                reason={reason}
                onReason={setReason}
                boxes={onThisPage}
                onAdd={(box, boxReason) => onChange([...regions, { evidenceId: item.id, page, ...box, reason: boxReason }])}
                onUpdate={(index, next) => onChange(regions.map((region, at) => (at === index ? next : region)))}
                onRemove={(index) => onChange(regions.filter((_, at) => at !== index))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A page typed (a long exhibit's page 240 is not a matter of pressing Next): Enter or the button turns to it. */
function GoToPage({ pages, onGo }: { pages: number; onGo: (page: number) => void }) {
  const { t } = useTranslation('redaction');
  const id = useId();
  const [typed, setTyped] = useState('');
  const wanted = Number(typed);
  const valid = Number.isInteger(wanted) && wanted >= 1 && wanted <= pages;
  const go = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onGo(wanted);
  };
  return (
    <form className="rd-go" onSubmit={go}>
      <label htmlFor={id}>{t('regions.goTo')}</label>
      <input id={id} type="text" inputMode="numeric" size={5} value={typed} onChange={(event) => setTyped(event.target.value.replace(/\D+/g, ''))} />
      <Button type="submit" size="small" disabled={!valid}>
        {t('regions.go')}
      </Button>
    </form>
  );
}

interface PageBoxesProps {
  item: EvidenceItem;
  opened: OpenedExhibit;
  page: number;
  pages: number | null;
  onTurn: (page: number) => void;
  reason: RedactionReason;
  onReason: (reason: RedactionReason) => void;
  /** The profile's boxes on this page, with their place in the profile's list. */
  boxes: { region: RedactionRegion; index: number }[];
  onAdd: (box: Box, reason: RedactionReason) => void;
  onUpdate: (index: number, region: RedactionRegion) => void;
  onRemove: (index: number) => void;
}

function PageBoxes({ item, opened, page, pages, onTurn, reason, onReason, boxes, onAdd, onUpdate, onRemove }: PageBoxesProps) {
  const { t } = useTranslation('redaction');
  const reasons = useReasonOptions();
  const hintId = useId();
  const surfaceRef = useRef<HTMLDivElement>(null);
  const pictureRef = useRef<HTMLElement | null>(null);
  const boxRefs = useRef(new Map<number, HTMLButtonElement>());
  // A box being made: by keyboard until Enter keeps it, by mouse while the button is down.
  const [draft, setDraft] = useState<Box | null>(null);
  const drag = useRef<Point | null>(null);
  const [dragging, setDragging] = useState(false);
  const [said, setSaid] = useState('');
  const [shown, setShown] = useState(false);
  const reasonWords = (code: RedactionReason) => t(`reasons.${code}`);
  const where = (box: Box) => t('regions.where', percents(box));

  // A box kept or removed moves the keyboard: to the kept box's place in the list is not needed;
  // a removed box's neighbour (or the page) takes it so Delete pressed twice removes two.
  const [focusAfter, setFocusAfter] = useState<number | 'surface' | null>(null);
  useEffect(() => {
    if (focusAfter === null) return;
    if (focusAfter === 'surface') surfaceRef.current?.focus();
    else (boxRefs.current.get(focusAfter) ?? surfaceRef.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter, boxes.length]);

  const keep = (box: Box) => {
    onAdd(box, reason);
    setDraft(null);
    setSaid(t('regions.kept', { n: boxes.length + 1, reason: reasonWords(reason) }));
  };

  const remove = (position: number) => {
    const entry = boxes[position]!;
    onRemove(entry.index);
    setSaid(t('regions.removed', { n: position + 1 }));
    setFocusAfter(boxes.length > 1 ? Math.min(position, boxes.length - 2) : 'surface');
  };

  const onSurfaceKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const key = event.key;
    if (draft) {
      const moved = boxForKey(draft, key, event.shiftKey);
      if (moved) {
        event.preventDefault();
        setDraft(moved);
        setSaid(where(moved));
        return;
      }
      const picked = /^[1-5]$/.test(key) ? redactionReasons[Number(key) - 1] : undefined;
      if (picked) {
        event.preventDefault();
        onReason(picked);
        setSaid(t('regions.drafting', { reason: reasonWords(picked), where: where(draft) }));
        return;
      }
      if (key === 'Enter') {
        event.preventDefault();
        keep(draft);
      } else if (key === 'Escape') {
        event.preventDefault();
        setDraft(null);
        setSaid(t('regions.dropped'));
      }
      return;
    }
    if (key === 'Enter' || key === 'n' || key === 'N') {
      event.preventDefault();
      setDraft(STARTING_BOX);
      setSaid(t('regions.drafting', { reason: reasonWords(reason), where: where(STARTING_BOX) }));
    } else if ((key === 'PageDown' || key === 'PageUp') && pages !== null) {
      const next = page + (key === 'PageDown' ? 1 : -1);
      if (next >= 1 && next <= pages) {
        event.preventDefault();
        onTurn(next);
      }
    }
  };

  const onBoxKey = (position: number, event: KeyboardEvent<HTMLButtonElement>) => {
    const { region, index } = boxes[position]!;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      event.stopPropagation();
      remove(position);
      return;
    }
    const moved = boxForKey(region, event.key, event.shiftKey);
    if (moved) {
      event.preventDefault();
      event.stopPropagation();
      onUpdate(index, { ...region, ...moved });
      setSaid(where(moved));
    }
  };

  const pointAt = (event: PointerEvent) => {
    const rect = pictureRef.current?.getBoundingClientRect();
    return rect && rect.width > 0 ? pointIn(rect, event.clientX, event.clientY) : null;
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || (event.target as Element).closest('.rd-box')) return;
    const start = pointAt(event);
    if (!start) return;
    event.preventDefault();
    surfaceRef.current?.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = start;
    setDragging(true);
    setDraft(null);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const end = drag.current && pointAt(event);
    if (!drag.current || !end) return;
    setDraft(boxFromDrag(drag.current, end));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    drag.current = null;
    setDragging(false);
    const end = pointAt(event);
    const box = start && end ? boxFromDrag(start, end) : null;
    // A click without a drag draws nothing.
    if (box) keep(box);
    else setDraft(null);
  };

  const style = (box: Box) => ({ left: `${box.x * 100}%`, top: `${box.y * 100}%`, width: `${box.width * 100}%`, height: `${box.height * 100}%` });

  return (
    <div className="rd-page-area">
      <div className="rd-page-column">
        <div
          ref={surfaceRef}
          className={['rd-page', draft ? 'rd-page--drafting' : ''].filter(Boolean).join(' ')}
          role="application"
          aria-label={t('regions.surface', { page, title: item.title })}
          aria-describedby={hintId}
          tabIndex={0}
          onKeyDown={onSurfaceKey}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            drag.current = null;
            setDragging(false);
            setDraft(null);
          }}
        >
          <PagePicture opened={opened} page={page} pictureRef={pictureRef} onShown={setShown} />
          {shown &&
            boxes.map(({ region }, position) => (
              <button
                key={position}
                type="button"
                ref={(element) => {
                  if (element) boxRefs.current.set(position, element);
                  else boxRefs.current.delete(position);
                }}
                className={`rd-box rd-box--${region.reason}`}
                style={style(region)}
                aria-label={t('regions.boxLabel', { n: position + 1, reason: reasonWords(region.reason), where: where(region) })}
                aria-describedby={hintId}
                data-testid="redaction-box"
                onKeyDown={(event) => onBoxKey(position, event)}
              >
                <span className="rd-box__number" aria-hidden="true">
                  {position + 1}
                </span>
              </button>
            ))}
          {shown && draft && <span className="rd-box rd-box--draft" style={style(draft)} aria-hidden="true" data-testid="redaction-draft" />}
        </div>
        <p id={hintId} className="muted rd-keys">
          {t('regions.keys')}
        </p>
        {draft && !dragging && (
          <div className="form__actions">
            <Button size="small" variant="primary" onClick={() => keep(draft)}>
              {t('regions.keep')}
            </Button>
            <Button
              size="small"
              onClick={() => {
                setDraft(null);
                setSaid(t('regions.dropped'));
                surfaceRef.current?.focus();
              }}
            >
              {t('regions.drop')}
            </Button>
          </div>
        )}
        <StatusMessage>{said}</StatusMessage>
      </div>
      <div className="rd-page-boxes">
        {boxes.length === 0 ? (
          <p className="muted">{t('regions.none')}</p>
        ) : (
          <ol className="rd-box-list" aria-label={t('regions.listLabel')}>
            {boxes.map(({ region, index }, position) => (
              <li key={position} className="rd-box-list__item">
                <span className="rd-box-list__name">{t('regions.box', { n: position + 1 })}</span>
                <select
                  aria-label={t('regions.reasonOf', { n: position + 1 })}
                  value={region.reason}
                  onChange={(event) => onUpdate(index, { ...region, reason: event.target.value as RedactionReason })}
                >
                  {reasons.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                <Button size="small" variant="quiet" aria-label={t('regions.removeNamed', { n: position + 1 })} onClick={() => remove(position)}>
                  {t('regions.remove')}
                </Button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
