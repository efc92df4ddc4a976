// The proof of service that closes a filing with a US immigration court: the filing was served
// on the DHS Office of the Principal Legal Advisor, by whom, how and when, above a signature
// line. The date and the way are written by hand when it is served, after the export.
import { contactLine, counselDetails, type CounselDetails } from './counsel-details.js';
import { filingText, type FilingText } from './filing-text.js';
import type { ComposeContext, Landmark } from './front-matter.js';
import type { PageFlow } from './page-flow.js';

const blank = '______________________________';

/** Where the person serving can be reached: counsel's address and phone, else lines to write them on. */
function serverContact(counsel: CounselDetails, words: FilingText['counsel']): string {
  const contact = contactLine(counsel, words);
  const lines = [...(counsel.address.length > 0 ? counsel.address : [blank, blank]), contact ?? blank];
  return lines.join('\n');
}

export function composeProofOfService(flow: PageFlow, context: ComposeContext): Landmark {
  const words = filingText[context.language].proofOfService;
  const contactWords = filingText[context.language].counsel;
  const counsel = counselDetails(context.detail);
  const { client, case: record } = context.detail;
  flow.atPlace(words.heading);
  flow.newPage();
  const at = flow.heading(words.heading, 1);
  flow.paragraph(words.statement(context.template.title[context.language], client.fullName, record.alienNumber ?? blank));
  flow.gap(8);
  const rows: [string, string][] = [
    [words.servedOn, words.office],
    [words.address, `${blank}\n${blank}`],
    [words.how, words.methods.join('\n')],
    [words.date, blank],
    [words.name, [counsel.name ?? blank, counsel.firm].filter(Boolean).join('\n')],
    [contactWords.serverContact, serverContact(counsel, contactWords)],
    [words.signature, blank],
  ];
  // Room above each line for a hand to write on it.
  for (const row of rows) {
    flow.gap(10);
    flow.fields([row]);
  }
  return { dest: 'proof-of-service', title: words.heading, page: at.page, top: at.top, level: 1 };
}
