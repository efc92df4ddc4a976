// The demo case (src/demo: a CAT case, Toktarov against Kazakhstan) seeded through the core the
// window talks to, as the e2e tests seed their data: the client, the case, its persecution
// profile and its events, with a few of its exhibits (those a test cites) imported from the
// demo's own generated files and described as CASE.json describes them. The window has no
// import of a CASE.json (that is the command line's), so the records go in one call each.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCitedText } from '../../../src/shared/citations';
import type { PersecutionInput } from '../../../src/shared/models';
import { demoCase } from '../../../src/demo/demo-case';
import { generateDemoEvidence } from '../../../src/demo/demo-evidence';
import { tempDir } from '../../support/temp-dir';
import { callCore } from './core-calls';
import type { AppWindow } from './fixtures';

export interface SeededDemo {
  caseId: string;
  clientName: string;
  caseTitle: string;
  /** The imported exhibits' vault ids by their CASE.json key. */
  evidenceIds: Map<string, string>;
  /** The exhibits' titles by their CASE.json key. */
  titles: Map<string, string>;
}

/** Citations to exhibits left out of the seed are taken out of a text (they would only be broken). */
function citingSeeded(text: string | undefined, ids: Map<string, string>): string | undefined {
  if (text === undefined) return undefined;
  return parseCitedText(text)
    .map((segment) => {
      if ('text' in segment) return segment.text;
      const id = ids.get(segment.citation.evidenceId);
      return id ? segment.token.replace(segment.citation.evidenceId, id) : '';
    })
    .join('');
}

export async function seedDemoCase(app: AppWindow, exhibitKeys: readonly string[]): Promise<SeededDemo> {
  const client = await callCore(app, 'clients.create', demoCase.client);
  const { counselId: _counsel, ...caseFields } = demoCase.case as typeof demoCase.case & { counselId?: string };
  const matter = await callCore(app, 'cases.create', { clientId: client.id, case: caseFields });

  const wanted = (demoCase.evidence ?? []).filter((entry) => exhibitKeys.includes(entry.key));
  const dir = await tempDir('dossier-e2e-demo-');
  const generated = await generateDemoEvidence();
  const files: string[] = [];
  for (const entry of wanted) {
    const file = generated.find((candidate) => candidate.name === entry.file);
    if (!file) throw new Error(`The demo generates no file ${entry.file}.`);
    const target = path.join(dir, file.name);
    await writeFile(target, file.bytes);
    files.push(target);
  }
  const { imported, refused } = await callCore(app, 'evidence.import', { caseId: matter.id, files, jobId: `demo-${Date.now()}` });
  if (refused.length > 0) throw new Error(`The demo's files were refused: ${refused.map((entry) => entry.reason).join('; ')}`);
  const evidenceIds = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const entry of wanted) {
    const item = imported.find((candidate) => candidate.originalName === entry.file);
    if (!item) throw new Error(`${entry.file} was not imported.`);
    evidenceIds.set(entry.key, item.id);
    titles.set(entry.key, entry.title);
    const { title, kind, date, language, source, description, relevance } = entry;
    await callCore(app, 'evidence.update', { id: item.id, metadata: { title, kind, date, language, source, description, relevance } });
  }

  for (const event of demoCase.events ?? []) {
    const { evidence, ...fields } = event as typeof event & { evidence?: string[] };
    const linked = (evidence ?? []).flatMap((key) => evidenceIds.get(key) ?? []);
    await callCore(app, 'events.create', { caseId: matter.id, event: { ...fields, description: citingSeeded(fields.description, evidenceIds) }, evidenceIds: linked });
  }

  // The statement's interpretation names a translator record the seed does not make.
  const { statementInterpretation: _interpretation, ...profile } = demoCase.persecution as PersecutionInput;
  await callCore(app, 'persecution.save', {
    caseId: matter.id,
    profile: { ...profile, narrative: citingSeeded(profile.narrative, evidenceIds), interimMeasures: citingSeeded(profile.interimMeasures, evidenceIds), versions: undefined },
  });
  return { caseId: matter.id, clientName: client.fullName, caseTitle: demoCase.case.title, evidenceIds, titles };
}
