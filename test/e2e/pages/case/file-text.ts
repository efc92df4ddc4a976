// The text of the file shown in the evidence view, beside its preview: the recognised or
// extracted text page by page, its note, the words highlighted, and the boxes over the picture.
import type { Locator } from 'playwright-core';
import { exactName, WindowPage } from '../window-page';

export class FileText extends WindowPage {
  /** The text of the file `title`, page by page (a scrollable region, reached with Tab). */
  pages(title: string): Locator {
    return this.scope.getByRole('region', { name: exactName(this.t('evidence:text.label', { title })) });
  }

  /** The words highlighted in the text. */
  get marks(): Locator {
    return this.scope.locator('.cw-text__pages mark');
  }

  /** The note that the text was recognised automatically and may contain errors. */
  get ocrNote(): Locator {
    return this.scope.getByText(exactName(this.t('evidence:text.ocrNote')));
  }

  /** The boxes drawn over the preview on the highlighted words. */
  get hitBoxes(): Locator {
    return this.scope.getByTestId('hit-box');
  }
}
