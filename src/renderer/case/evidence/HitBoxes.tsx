// The boxes of the highlighted words laid over a page's picture. Boxes come as fractions of the
// page, so they fit the picture at whatever size it is shown. Decorative: the text panel beside
// says the same words in text.
import type { ReactNode } from 'react';
import type { PixelBox } from '../../../shared/recognized-text';

export function HitFrame({ boxes, children }: { boxes: readonly PixelBox[]; children: ReactNode }) {
  return (
    <span className="cw-hit-frame">
      {children}
      {boxes.map((box, index) => (
        <span
          key={index}
          className="cw-hit-box"
          aria-hidden="true"
          data-testid="hit-box"
          style={{
            left: `${box.x0 * 100}%`,
            top: `${box.y0 * 100}%`,
            width: `${(box.x1 - box.x0) * 100}%`,
            height: `${(box.y1 - box.y0) * 100}%`,
          }}
        />
      ))}
    </span>
  );
}
