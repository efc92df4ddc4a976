// The case at a glance: a horizontal band, one column per year or, zoomed in, per month; a
// marker per event coloured by its group, ranges drawn as bars, disputed events hollow. Clicking
// a marker selects the event in the list; keyboard and screen reader users have the list itself,
// so the band is one image, with its zoom buttons and its scrolling reachable by keyboard.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/models';
import { localDay } from '../../../shared/dates';
import { formatShortMonth } from '../../../shared/format/dates';
import { useDateWords } from '../date-words';
import { AXIS, LANE_HEIGHT, LANES, layoutBand, RADIUS, type BandColumn, type BandScale, type Placed } from './band-layout';
import { eventGroupIds, groupOf } from './event-groups';

const HEIGHT = AXIS + LANES * LANE_HEIGHT + 10;
const scales: readonly BandScale[] = ['years', 'months'];

interface TimelineBandProps {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function TimelineBand({ events, selectedId, onSelect }: TimelineBandProps) {
  const { t } = useTranslation(['timeline', 'vocab']);
  const words = useDateWords();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [scale, setScale] = useState<BandScale>('years');

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const band = useMemo(() => (width > 0 ? layoutBand(events, width, scale) : null), [events, width, scale]);
  const selected = band?.placed.find((p) => p.event.id === selectedId);

  // Bring the selected marker into view when the selection comes from the list, or the zoom changes.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || !selected) return;
    if (selected.x < element.scrollLeft + 20 || selected.x > element.scrollLeft + element.clientWidth - 20) {
      element.scrollTo({ left: Math.max(0, selected.x - element.clientWidth / 2) });
    }
  }, [selected]);

  // Zooming keeps the moment at the middle of the view in the middle (unless an event is selected:
  // the effect above brings that one into view).
  const keepCentre = useRef<number | null>(null);
  const zoom = (next: BandScale) => {
    const element = scrollRef.current;
    if (next === scale) return;
    if (element && band) keepCentre.current = band.yearsAt(element.scrollLeft + element.clientWidth / 2);
    setScale(next);
  };
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const centre = keepCentre.current;
    keepCentre.current = null;
    if (!element || !band || centre === null || selected) return;
    element.scrollLeft = Math.max(0, band.xAtYears(centre) - element.clientWidth / 2);
  }, [band, selected]);

  const columnLabel = (column: BandColumn) =>
    column.month === undefined ? String(column.year) : formatShortMonth(`${column.year}-${String(column.month).padStart(2, '0')}`, words.language);

  const describe = useCallback(
    (event: TimelineEvent) =>
      [words.dated(event), t(`vocab:eventTypes.${event.type}`), event.title, event.status === 'disputed' ? t('disputed') : ''].filter(Boolean).join(' — '),
    [words, t],
  );

  const today = localDay();
  const todayX = band?.covers(today) ? band.xOf(today) : null;
  const summary = band === null ? t('band.empty') : t('band.summary', { count: events.length, from: band.from, to: band.to });

  // Years enough to overflow the band: keyboard users scroll it too, so it takes focus then.
  const scrollable = band !== null && band.totalWidth > width + 1;

  return (
    <figure className="cw-band">
      <div className="cw-band__zoom" role="group" aria-label={t('band.zoom')}>
        {scales.map((candidate) => (
          <button key={candidate} type="button" className="cw-band__zoom-button" aria-pressed={scale === candidate} onClick={() => zoom(candidate)}>
            {t(`band.${candidate}`)}
          </button>
        ))}
      </div>
      <div className="cw-band__scroll" ref={scrollRef} {...(scrollable ? { tabIndex: 0, role: 'group', 'aria-label': summary } : {})}>
        {band && (
          <svg width={band.totalWidth} height={HEIGHT} role="img" aria-label={summary} className="cw-band__svg">
            {band.columns.map((column, index) => (
              <g key={index} className="cw-band__year">
                <rect x={index * band.columnWidth} y={0} width={band.columnWidth} height={HEIGHT} className={index % 2 ? 'cw-band__stripe' : 'cw-band__stripe cw-band__stripe--alt'} />
                <text x={index * band.columnWidth + 6} y={17} className="cw-band__label">
                  {columnLabel(column)}
                </text>
              </g>
            ))}
            {todayX !== null && (
              <g className="cw-band__today">
                <line x1={todayX} x2={todayX} y1={AXIS - 4} y2={HEIGHT} />
                <text x={todayX - 4} y={HEIGHT - 5} textAnchor="end">
                  {t('band.today')}
                </text>
              </g>
            )}
            <Markers
              placed={band.placed}
              onSelect={onSelect}
              describe={describe}
            />
            {selected && (
              <g className="cw-band__selected" pointerEvents="none">
                <circle cx={selected.x} cy={selected.y} r={RADIUS + 4} />
              </g>
            )}
          </svg>
        )}
        {!band && <p className="muted cw-band__empty">{summary}</p>}
      </div>
      <figcaption className="cw-band__legend">
        {eventGroupIds.map((group) => (
          <span key={group} className="cw-legend-item">
            <span className={`cw-swatch cw-group--${group}`} aria-hidden="true" />
            {t(`groups.${group}`)}
          </span>
        ))}
        <span className="cw-legend-item">
          <span className="cw-swatch cw-swatch--disputed" aria-hidden="true" />
          {t('disputed')}
        </span>
      </figcaption>
    </figure>
  );
}

// Thousands of markers: drawn once per layout, never again for a change of selection.
const Markers = memo(function Markers({
  placed,
  onSelect,
  describe,
}: {
  placed: readonly Placed[];
  onSelect: (id: string) => void;
  describe: (event: TimelineEvent) => string;
}) {
  return (
    <g>
      {placed.map(({ event, x, x2, y }) => {
        const className = `cw-marker cw-group--${groupOf(event.type)}${event.status === 'disputed' ? ' cw-marker--disputed' : ''}`;
        return (
          <g key={event.id} className={className} onClick={() => onSelect(event.id)}>
            <title>{describe(event)}</title>
            {x2 > x + RADIUS && <rect x={x} y={y - 2.5} width={x2 - x} height={5} rx={2.5} className="cw-marker__range" />}
            <circle cx={x} cy={y} r={RADIUS} />
          </g>
        );
      })}
    </g>
  );
});
