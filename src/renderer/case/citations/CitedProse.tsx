// A text with citations, as read rather than edited: each citation said in words in brackets
// ("… the placard (Photograph of the picket, p. 1)"), never as its token.
import { Fragment } from 'react';
import { parseCitedText } from '../../../shared/citations';
import type { EvidenceItem } from '../../../shared/models';
import { useCitationWords } from './citation-words';

export function CitedProse({ text, evidence }: { text: string; evidence: readonly EvidenceItem[] }) {
  const words = useCitationWords(evidence);
  return (
    <>
      {parseCitedText(text).map((segment, index) =>
        'citation' in segment ? (
          <span key={index} className={words.known(segment.citation) ? 'cited-text__inline' : 'cited-text__inline cited-text__missing'}>
            ({words.of(segment.citation)})
          </span>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
