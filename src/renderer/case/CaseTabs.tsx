// The case's views as an ARIA tablist: one tab stop, arrow keys (and Home/End) move between tabs
// and show each one as it gets focus.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { caseViews, type CaseView } from './case-views';

export function tabId(view: CaseView): string {
  return `case-tab-${view}`;
}
export function panelId(view: CaseView): string {
  return `case-panel-${view}`;
}

interface CaseTabsProps {
  view: CaseView;
  onChange: (view: CaseView) => void;
  label: string;
  renderLabel: (view: CaseView) => ReactNode;
}

export function CaseTabs({ view, onChange, label, renderLabel }: CaseTabsProps) {
  const tabs = useRef(new Map<CaseView, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = caseViews.indexOf(view);
    const last = caseViews.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = caseViews[next]!;
    onChange(target);
    tabs.current.get(target)?.focus();
  };

  return (
    <div className="cw-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {caseViews.map((candidate) => {
        const selected = candidate === view;
        return (
          <button
            key={candidate}
            ref={(element) => {
              if (element) tabs.current.set(candidate, element);
              else tabs.current.delete(candidate);
            }}
            type="button"
            role="tab"
            id={tabId(candidate)}
            aria-selected={selected}
            aria-controls={panelId(candidate)}
            tabIndex={selected ? 0 : -1}
            className="cw-tab"
            onClick={() => onChange(candidate)}
          >
            {renderLabel(candidate)}
          </button>
        );
      })}
    </div>
  );
}
