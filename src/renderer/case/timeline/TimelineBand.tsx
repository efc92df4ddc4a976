// The case at a glance: a horizontal band, one column per year, a marker per event coloured by
// its group, ranges drawn as bars, disputed events hollow. Clicking a marker selects the event in
// the list; keyboard and screen reader users have the list itself, so the band is one image.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { earliestDay, latestDay } from '../../../shared/dates';
import type { TimelineEvent } from '../../../shared/models';
import { localDay } from '../../../shared/dates';
import { useDateWords } from '../date-words';
import { eventGroupIds, groupOf } from './event-groups';

const LANES = 5;
const LANE_HEIGHT = 15;
const AXIS = 26;
const RADIUS = 5;
const MIN_YEAR_WIDTH = 110;
const HEIGHT = AXIS + LANES * LANE_HEIGHT + 10;

interface Placed {
  event: TimelineEvent;
  x: number;
  /** Where a range ends; equals x for a single date. */
  x2: number;
  y: number;
}

function yearFraction(day: string): number {
  const year = Number(day.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return (Date.parse(`${day}T00:00:00Z`) - start) / (end - start);
}

function layout(events: readonly TimelineEvent[], width: number) {
  if (events.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  const spans = events.map((event) => {
    const start = earliestDay(event.date);
    const end = latestDay(event.precision === 'range' && event.dateEnd ? event.dateEnd : event.date);
    first = Math.min(first, Number(start.slice(0, 4)));
    last = Math.max(last, Number(end.slice(0, 4)));
    return { event, start, end };
  });
  const years = last - first + 1;
  const yearWidth = Math.max(MIN_YEAR_WIDTH, width / years);
  const xOf = (day: string) => (Number(day.slice(0, 4)) - first + yearFraction(day)) * yearWidth;

  const laneEnds = new Array<number>(LANES).fill(-Infinity);
  const placed: Placed[] = spans
    .map(({ event, start, end }) => {
      const a = xOf(start);
      const b = xOf(end) + yearWidth / 366;
      // A year or a month known only as such sits in the middle of its span; a range is a bar.
      return event.precision === 'range' ? { event, x: a, x2: b } : { event, x: (a + b) / 2, x2: (a + b) / 2 };
    })
    .sort((p, q) => p.x - q.x)
    .map(({ event, x, x2 }) => {
      // Greedy lanes so close events stack instead of hiding each other; the band is full when
      // every lane is taken, and the newcomer joins the lane that frees up first.
      let lane = laneEnds.findIndex((endX) => endX < x - RADIUS * 2.2);
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = Math.max(x2, x);
      return { event, x, x2, y: AXIS + 8 + lane * LANE_HEIGHT };
    });
  return { first, years, yearWidth, totalWidth: years * yearWidth, placed, xOf };
}

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

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const band = useMemo(() => (width > 0 ? layout(events, width) : null), [events, width]);
  const selected = band?.placed.find((p) => p.event.id === selectedId);

  // Bring the selected marker into view when the selection comes from the list.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || !selected) return;
    if (selected.x < element.scrollLeft + 20 || selected.x > element.scrollLeft + element.clientWidth - 20) {
      element.scrollTo({ left: Math.max(0, selected.x - element.clientWidth / 2) });
    }
  }, [selected]);

  const describe = useCallback(
    (event: TimelineEvent) =>
      [words.dated(event), t(`vocab:eventTypes.${event.type}`), event.title, event.status === 'disputed' ? t('disputed') : ''].filter(Boolean).join(' — '),
    [words, t],
  );

  const today = localDay();
  const todayX = band && Number(today.slice(0, 4)) >= band.first && Number(today.slice(0, 4)) < band.first + band.years ? band.xOf(today) : null;
  const summary =
    band === null
      ? t('band.empty')
      : t('band.summary', { count: events.length, from: band.first, to: band.first + band.years - 1 });

  // Years enough to overflow the band: keyboard users scroll it too, so it takes focus then.
  const scrollable = band !== null && band.totalWidth > width + 1;

  return (
    <figure className="cw-band">
      <div className="cw-band__scroll" ref={scrollRef} {...(scrollable ? { tabIndex: 0, role: 'group', 'aria-label': summary } : {})}>
        {band && (
          <svg width={band.totalWidth} height={HEIGHT} role="img" aria-label={summary} className="cw-band__svg">
            {Array.from({ length: band.years }, (_, index) => (
              <g key={index} className="cw-band__year">
                <rect x={index * band.yearWidth} y={0} width={band.yearWidth} height={HEIGHT} className={index % 2 ? 'cw-band__stripe' : 'cw-band__stripe cw-band__stripe--alt'} />
                <text x={index * band.yearWidth + 6} y={17} className="cw-band__label">
                  {band.first + index}
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
