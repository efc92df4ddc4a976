// withholdInput on the demo case as the vault gives it to the composer: the withheld applicant
// fields, event and exhibit are gone from everywhere they appear, and no term or withheld value
// is left in any string of the input, while ids, hashes and citation tokens are intact.
import { describe, expect, it } from 'vitest';
import type { DossierInput } from '../../src/core/dossier/compose-dossier.js';
import { readDossierInput } from '../../src/core/dossier/dossier-selection.js';
import type { DossierRedaction } from '../../src/core/dossier/redaction/dossier-redaction.js';
import { redactText, withheldValuesOf, withholdInput } from '../../src/core/dossier/redaction/withhold-input.js';
import { citationsIn } from '../../src/shared/citations.js';
import { findTermMatches, type WithholdableField } from '../../src/shared/redaction.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';
import { saveRedactionProfile } from '../../src/core/records/redaction-profiles.js';
import { withheldExhibitIds } from '../../src/core/dossier/redaction/withheld-exhibits.js';
import type { Vault } from '../../src/core/vault/vault.js';

const fields: WithholdableField[] = ['family', 'contacts', 'documents', 'currentLocation'];
const terms = ['Sol-Iletsk', 'Aktobe', 'Kreminna'];

// Read once, in the first test that asks (the vault's folder goes with that test; the input is plain data).
let loaded: Promise<{ input: DossierInput; redaction: DossierRedaction; vault: Vault; caseId: string }> | undefined;
function demo() {
  loaded ??= (async () => {
    const { vault } = await newVault();
    const { caseId } = await importCaseChecked(vault, await writeDemoCase(await tempDir('withhold-input-')));
    const input = readDossierInput(vault, caseId, { template: 'un-cat-interim-measures', language: 'en', today: DEMO_REFERENCE_DATE });
    const event = input.detail.events.find((candidate) => candidate.title.startsWith('Officers visit his mother'))!;
    const audio = input.detail.evidence.find((item) => item.title.startsWith('Voice message from his mother'))!;
    const redaction: DossierRedaction = {
      profileId: 'profile-1',
      profileName: 'Embassy',
      terms: terms.map((text) => ({ text, reason: 'address' })),
      regions: {},
      withheldFields: fields,
      withheldEvidenceIds: [audio.id],
      withheldEventIds: [event.id],
      withheldValues: withheldValuesOf(input.detail.client, fields),
      logPage: true,
    };
    return { input, redaction, vault, caseId };
  })();
  return loaded;
}

describe('withholdInput', () => {
  it('is the same input when the export names no profile', async () => {
    const { input } = await demo();
    expect(withholdInput(input)).toBe(input);
  }, 180_000);

  it('leaves no term and no withheld value in any string of the input', async () => {
    const { input, redaction } = await demo();
    const values = redaction.withheldValues;
    // The demo's family, contacts and documents all give values, and the case mentions the terms.
    expect(values).toEqual(expect.arrayContaining(['Gulnar Toktarova', 'Әлия Тоқтарова', '75 4821936', '+7 701 000 0000 (fictional)']));
    const before = JSON.stringify(input);
    for (const term of terms) expect(findTermMatches(before, [term]).length, term).toBeGreaterThan(0);
    const withheld = withholdInput({ ...input, redaction });
    const { redaction: kept, ...printed } = withheld;
    expect(kept).toEqual(redaction);
    const after = JSON.stringify(printed);
    expect(findTermMatches(after, [...terms, ...values]).map((match) => after.slice(match.start, match.end))).toEqual([]);
    expect(after).toContain('[redacted]');
  });

  it('removes the withheld fields, event and exhibit everywhere they appear', async () => {
    const { input, redaction } = await demo();
    const withheld = withholdInput({ ...input, redaction });
    const [audioId] = redaction.withheldEvidenceIds;
    const [eventId] = redaction.withheldEventIds;
    const { client } = withheld.detail;
    expect([client.family, client.contacts, client.documents, client.currentLocation]).toEqual([[], [], [], undefined]);
    // What is not withheld stays as typed.
    expect(client.fullName).toBe(input.detail.client.fullName);
    expect(withheld.detail.events.map((event) => event.id)).not.toContain(eventId);
    expect(withheld.detail.events.length).toBe(input.detail.events.length - 1);
    expect(withheld.detail.events.flatMap((event) => event.evidenceIds)).not.toContain(audioId);
    expect(withheld.selection.map((entry) => entry.item.id)).not.toContain(audioId);
    for (const argument of withheld.detail.elementArguments ?? []) {
      expect(argument.eventIds).not.toContain(eventId);
      expect(argument.exhibits.map((exhibit) => exhibit.evidenceId)).not.toContain(audioId);
    }
    // The item stays in the case's list, unnamed and confidential: a citation of it reads "not included".
    const item = withheld.detail.evidence.find((candidate) => candidate.id === audioId)!;
    expect(item).toMatchObject({ title: '[redacted]', confidential: true });
    // Each translation still points at its own original after the selection shrank.
    for (const entry of withheld.selection) {
      if (entry.translationOf === undefined) continue;
      expect(entry.item.translationOfId).toBe(withheld.selection[entry.translationOf]!.item.id);
    }
  });

  it('keeps ids, hashes, dates and every citation token whole', async () => {
    const { input, redaction } = await demo();
    const withheld = withholdInput({ ...input, redaction: { ...redaction, terms: [...redaction.terms, { text: 'medical', reason: 'medical' }] } });
    const cited = (detail: DossierInput['detail']) => (detail.elementArguments ?? []).flatMap((argument) => citationsIn(argument.argument));
    expect(cited(withheld.detail)).toEqual(cited(input.detail));
    expect(cited(withheld.detail).map((citation) => citation.evidenceId)).toContain(redaction.withheldEvidenceIds[0]);
    const byId = new Map(input.selection.map((entry) => [entry.item.id, entry.item]));
    for (const { item } of withheld.selection) {
      const original = byId.get(item.id)!;
      expect([item.blobId, item.sha256, item.mediaType, item.kind, item.date]).toEqual([original.blobId, original.sha256, original.mediaType, original.kind, original.date]);
    }
    // The evidence kind "medical_report" is a code and stays one; the title's "Medical" is marked.
    const report = withheld.selection.find((entry) => entry.item.kind === 'medical_report')!;
    expect(report.item.title).toBe('[redacted] report under the Istanbul Protocol');
  });

  it('marks in the dossier language and never inside a citation token', async () => {
    const { input, redaction } = await demo();
    const text = 'Visited in Aktobe [[cite:aktobe-file p.2]] and again in AKTOBE.';
    expect(redactText(text, ['Aktobe'], '[изъято]')).toBe('Visited in [изъято] [[cite:aktobe-file p.2]] and again in [изъято].');
    expect(withholdInput({ ...input, language: 'fr', redaction }).detail.client.placeOfBirth).toBe('[occulté], Orenburg Oblast, RSFSR (USSR)');
  });

  it('marks a country or language code whose printed name holds a term, and never the dossier’s own language', async () => {
    const { input, redaction } = await demo();
    const withheld = withholdInput({ ...input, redaction: { ...redaction, terms: [{ text: 'Kazakhstan', reason: 'address' }, { text: 'English', reason: 'other' }] } });
    // "KZ" prints as "Kazakhstan"; "kk" as "Kazakh", which does not hold the term.
    expect(withheld.detail.client.currentCountry).toBe('[redacted]');
    expect(withheld.detail.client.languages).toEqual(['ru', 'kk', '[redacted]']);
    expect(withheld.language).toBe('en');
  });

  it('withholds an exhibit’s translations and parts with it, however deep, everywhere the withheld set is read', async () => {
    const { input, redaction, vault, caseId } = await demo();
    const byTitle = (start: string) => input.detail.evidence.find((item) => item.title.startsWith(start))!;
    const order = byTitle('Extradition order of the Deputy Prosecutor General');
    const part = input.detail.evidence.find((item) => item.partOfId === order.id)!;
    // The order's English translation, its part (the assurances) and the part's own translation.
    const followers = input.detail.evidence.filter((item) => item.translationOfId === order.id || item.id === part.id || item.translationOfId === part.id);
    expect(followers.map((item) => item.id)).toHaveLength(3);
    const closed = [order.id, ...followers.map((item) => item.id)];
    expect(new Set(withheldExhibitIds(input.detail.evidence, [order.id]))).toEqual(new Set(closed));
    // The composer's side: none of them is placed, each is unnamed in the case's list.
    const withheld = withholdInput({ ...input, redaction: { ...redaction, withheldEvidenceIds: [order.id] } });
    expect(withheld.selection.map((entry) => entry.item.id).filter((id) => closed.includes(id))).toEqual([]);
    for (const id of closed) expect(withheld.detail.evidence.find((item) => item.id === id)).toMatchObject({ title: '[redacted]', confidential: true });
    // The vault's side: the plan's selection leaves them out, its profile names them all, and the warning counts them all.
    const profile = vault.transaction((db) => saveRedactionProfile(db, caseId, undefined, { name: 'Order withheld', withheldEvidenceIds: [order.id] }));
    const planned = readDossierInput(vault, caseId, { template: 'un-cat-interim-measures', language: 'en', today: DEMO_REFERENCE_DATE, redactionProfileId: profile.id });
    expect(planned.selection.map((entry) => entry.item.id).filter((id) => closed.includes(id))).toEqual([]);
    expect(new Set(planned.redaction!.withheldEvidenceIds)).toEqual(new Set(closed));
    expect(planned.warnings).toContain('4 exhibit(s) withheld by the redaction profile "Order withheld" were left out.');
  });

  it('closes over links in any order and stops at a circle', () => {
    const evidence = [
      { id: 'c', translationOfId: 'b' },
      { id: 'b', partOfId: 'a' },
      { id: 'a' },
      { id: 'x', translationOfId: 'y' },
      { id: 'y', translationOfId: 'x' },
      { id: 'kept' },
    ];
    expect(new Set(withheldExhibitIds(evidence, ['a']))).toEqual(new Set(['a', 'b', 'c']));
    expect(new Set(withheldExhibitIds(evidence, ['x']))).toEqual(new Set(['x', 'y']));
    expect(withheldExhibitIds(evidence, [])).toEqual([]);
  });

  it('searches a withheld date of birth in every form it is printed in, and never as a bare year', async () => {
    const { input, redaction } = await demo();
    const client = input.detail.client;
    expect(client.dateOfBirth).toBe('1991-04-17');
    const values = withheldValuesOf(client, ['dateOfBirth']);
    // As the dossier prints it in each language, and as a passport or a Russian letter prints it.
    expect(values).toEqual(expect.arrayContaining(['17 April 1991', '17 апреля 1991', '17 avril 1991', '1991-04-17', '17.04.1991', '17/04/1991']));
    // The demo's assurances print "born 17.04.1991"; an event's text quoting it, or the dossier's own form, is marked.
    const [first, ...rest] = input.detail.events;
    const quoting = { ...first!, description: `${first!.description} Born 17.04.1991 (17 April 1991) in 1991.` };
    const withheld = withholdInput({ ...input, detail: { ...input.detail, events: [quoting, ...rest] }, redaction: { ...redaction, withheldFields: ['dateOfBirth'], withheldValues: values } });
    expect(withheld.detail.events[0]!.description).toContain('Born [redacted] ([redacted]) in 1991.');
    expect(withheld.detail.client.dateOfBirth).toBeUndefined();
    const { redaction: _profile, ...printed } = withheld;
    const after = JSON.stringify(printed);
    expect(findTermMatches(after, values).map((match) => after.slice(match.start, match.end))).toEqual([]);
    // A year or a month alone: the field is withheld, but no bare year becomes a term.
    expect(withheldValuesOf({ ...client, dateOfBirth: '1991' }, ['dateOfBirth'])).toEqual([]);
    const month = withheldValuesOf({ ...client, dateOfBirth: '1991-04' }, ['dateOfBirth']);
    expect(month).toEqual(expect.arrayContaining(['April 1991', 'апреля 1991', 'avril 1991', '04.1991']));
    expect(month).not.toContain('1991');
  });

  it('searches a withheld document’s number also without its spaces, and not its issuing state', async () => {
    const { input } = await demo();
    const client = { ...input.detail.client, documents: [{ kind: 'Passport', number: '75 4821936', issuingState: 'KZ', issued: '2019-06-05' }] };
    const values = withheldValuesOf(client, ['documents']);
    expect(values).toEqual(['75 4821936', '754821936']);
    // The issuing state prints as "Kazakhstan": never a value, or every mention of the country would go.
    expect(values.some((value) => /KZ|Kazakhstan/iu.test(value))).toBe(false);
  });
});
