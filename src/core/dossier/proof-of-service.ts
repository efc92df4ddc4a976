// The proof of service that closes a filing with a US immigration court: the filing was served
// on the DHS Office of the Principal Legal Advisor, by whom, how and when, above a signature
// line. The date and the way are written by hand when it is served, after the export.
import { filingText } from './filing-text.js';
import type { ComposeContext, Landmark } from './front-matter.js';
import type { PageFlow } from './page-flow.js';

const blank = '______________________________';

export function composeProofOfService(flow: PageFlow, context: ComposeContext): Landmark {
  const words = filingText[context.language].proofOfService;
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
    [words.name, record.responsibleLawyer ?? blank],
    [words.signature, blank],
  ];
  // Room above each line for a hand to write on it.
  for (const row of rows) {
    flow.gap(10);
    flow.fields([row]);
  }
  return { dest: 'proof-of-service', title: words.heading, page: at.page, top: at.top, level: 1 };
}
