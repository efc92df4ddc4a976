// A row of actions above a list or a page: a label for assistive technology, items left,
// `end` items pushed to the right.
import type { ReactNode } from 'react';

export function Toolbar({ label, children, end }: { label: string; children?: ReactNode; end?: ReactNode }) {
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      <div className="toolbar__start">{children}</div>
      {end && <div className="toolbar__end">{end}</div>}
    </div>
  );
}
