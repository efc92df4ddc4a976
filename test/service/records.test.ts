import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { insertEvent } from '../../src/core/records/events.js';
import { Vault } from '../../src/core/vault/vault.js';
import { CHEAP_ARGON2, startService } from '../support/core-service.js';
import { PASSPHRASE, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';

/** Noon on 20 November 2026, local time: "today" for every test here. */
const TODAY = new Date(2026, 10, 20, 12).getTime();

/** The sample case imported into a new vault, then the vault unlocked through the service. */
async function sampleVault(cases: Partial<typeof sampleCase>[] = [{}]) {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  const { vault } = await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2, actor: 'test' });
  const reports = [];
  for (const [index, overrides] of cases.entries()) {
    const folder = path.join(work, `case-${index}`);
    await mkdir(folder);
    reports.push(await importCase(vault, await writeSampleCase(folder, overrides)));
  }
  vault.close();
  const service = await startService({ now: () => TODAY });
  await service.value('vault.unlock', { dir, passphrase: PASSPHRASE });
  return { ...service, dir, reports };
}

async function auditActions(dir: string): Promise<{ action: string; entity: string; entityId?: string | undefined }[]> {
  const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
  try {
    return listAudit(vault.db).reverse().map(({ action, entity, entityId }) => ({ action, entity, entityId }));
  } finally {
    vault.close();
  }
}

describe('clients', () => {
  it('keep names in any script, list sorted as a reader expects, and are found by their new name after an edit', async () => {
    const { value } = await sampleVault([]);
    for (const fullName of ['Жанна Ким', 'Ёлкин Иван', 'Zoe Miller', 'Әлиев Тимур', 'Ахметов Бекзат', 'Aidos Sarsen']) {
      await value('clients.create', { fullName, citizenships: ['KZ'] });
    }
    // Code-point order would put Ё first and Ә last; the reader's order does not.
    expect((await value('clients.list', {})).map((c) => c.fullName)).toEqual([
      'Aidos Sarsen',
      'Zoe Miller',
      'Ахметов Бекзат',
      'Әлиев Тимур',
      'Ёлкин Иван',
      'Жанна Ким',
    ]);

    const [zhanna] = (await value('clients.list', {})).filter((c) => c.fullName === 'Жанна Ким');
    const updated = await value('clients.update', {
      id: zhanna!.id,
      client: { fullName: 'Zhanna Kim', fullNameNative: 'Жанна Ким-Өлзий', status: 'asylum_seeker', citizenships: ['KZ', 'MN'] },
    });
    expect(updated).toMatchObject({ id: zhanna!.id, fullName: 'Zhanna Kim', fullNameNative: 'Жанна Ким-Өлзий', citizenships: ['KZ', 'MN'] });
    expect(await value('clients.get', { id: zhanna!.id })).toEqual(updated);
    expect((await value('search', { query: 'өлзий' })).map((hit) => hit.entityId)).toEqual([zhanna!.id]);
    expect((await value('clients.list', {})).find((c) => c.id === zhanna!.id)).toMatchObject({ fullNameNative: 'Жанна Ким-Өлзий', status: 'asylum_seeker', cases: 0 });
  });

  it('warn of the earliest identity document expired or expiring within 90 days', async () => {
    const { value } = await sampleVault([]);
    const documents = [
      { kind: 'passport', expires: '2027-01-10' },
      { kind: 'residence permit', expires: '2026-11-01' },
      { kind: 'travel document', expires: '2027-06-01' },
    ];
    const warned = await value('clients.create', { fullName: 'Timur Bekov', documents });
    const calm = await value('clients.create', { fullName: 'Dana Bekova', documents: [documents[2]!, { kind: 'id card' }] });
    const soon = await value('clients.create', { fullName: 'Aidos Sarsen', documents: [documents[0]!] });
    const list = Object.fromEntries((await value('clients.list', {})).map((c) => [c.id, c.documentWarning]));
    expect(list[warned.id]).toEqual({ kind: 'residence permit', expires: '2026-11-01' });
    expect(list[soon.id]).toEqual({ kind: 'passport', expires: '2027-01-10' });
    expect(list[calm.id]).toBeUndefined();
  });

  it('leave the list when archived and come back when restored, cases and all', async () => {
    const { value, call, reports } = await sampleVault();
    const clientId = reports[0]!.clientId;
    expect(await value('clients.list', {})).toMatchObject([{ id: clientId, archived: false, cases: 1 }]);
    await value('clients.archive', { id: clientId, archived: true });
    expect(await value('clients.list', {})).toEqual([]);
    expect(await value('clients.list', { includeArchived: true })).toMatchObject([{ id: clientId, archived: true, cases: 1 }]);
    await value('clients.archive', { id: clientId, archived: false });
    expect(await value('clients.list', {})).toMatchObject([{ id: clientId, archived: false }]);
    expect(await call('clients.archive', { id: 'no-such-client', archived: true })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No client has id no-such-client.' },
    });
  });
});

describe('cases', () => {
  it('are created for a client, listed by client, edited, and hidden when archived', async () => {
    const { value, call, reports } = await sampleVault([{}, { client: { ...sampleCase.client, fullName: 'Timur Bekov' } }]);
    const [first, second] = reports as [(typeof reports)[0], (typeof reports)[0]];
    const created = await value('cases.create', { clientId: first.clientId, case: { title: 'Sadykova: national asylum appeal', forum: 'national_asylum', reference: 'KG-ASY-77' } });
    expect(created).toMatchObject({ clientId: first.clientId, status: 'active', reference: 'KG-ASY-77' });

    expect((await value('cases.list', { clientId: first.clientId })).map((c) => c.id).sort()).toEqual([first.caseId, created.id].sort());
    expect((await value('cases.list', {})).map((c) => c.id)).toHaveLength(3);
    expect(await value('cases.list', { clientId: second.clientId })).toMatchObject([{ id: second.caseId, clientName: 'Timur Bekov', events: 3, evidence: 3 }]);

    const edited = await value('cases.update', { id: created.id, case: { title: 'Sadykova: appeal to the Supreme Court', forum: 'national_asylum', status: 'submitted' } });
    expect(edited).toMatchObject({ id: created.id, clientId: first.clientId, title: 'Sadykova: appeal to the Supreme Court', status: 'submitted' });
    expect(edited.reference).toBeUndefined();

    await value('cases.archive', { id: created.id, archived: true });
    expect((await value('cases.list', { clientId: first.clientId })).map((c) => c.id)).toEqual([first.caseId]);
    expect(await value('cases.list', { clientId: first.clientId, includeArchived: true })).toContainEqual(expect.objectContaining({ id: created.id, status: 'archived' }));
    expect((await value('cases.get', { id: created.id })).case.status).toBe('archived');
    await value('cases.archive', { id: created.id, archived: false });
    expect((await value('cases.get', { id: created.id })).case.status).toBe('active');

    const detail = await value('cases.get', { id: first.caseId });
    expect(detail.client.fullNameNative).toBe('Әйгерім Нұрланқызы Садықова');
    expect(detail.events.map((e) => e.title)).toEqual(sampleCase.events.map((e) => e.title));
    expect(await call('cases.create', { clientId: 'no-such-client', case: { title: 'x', forum: 'unhcr' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('cases.get', { id: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const archived of [true, false]) {
      expect(await call('cases.archive', { id: 'no-such-case', archived })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No case has id no-such-case.' } });
    }
  });
});

describe('timeline events', () => {
  it('link evidence, have their links replaced on update, and leave evidence behind when deleted', async () => {
    const { value, call, reports } = await sampleVault([{}, {}]);
    const { caseId, imported } = reports[0]!;
    const [photo, order, statement] = imported.map((item) => item.evidenceId) as [string, string, string];

    const created = await value('events.create', {
      caseId,
      event: { date: '2022-10-06', type: 'arrest', place: 'Алматы', title: 'Задержание после пикета', actors: [{ name: 'КНБ', role: 'perpetrator' }] },
      evidenceIds: [photo, statement, photo],
    });
    expect(created.evidenceIds.sort()).toEqual([photo, statement].sort());
    expect(created).toMatchObject({ caseId, sortDate: '2022-10-06', status: 'confirmed', precision: 'day' });

    const updated = await value('events.update', {
      id: created.id,
      event: { date: '2022-10', precision: 'month', type: 'arrest', title: 'Задержание после пикета', status: 'disputed' },
      evidenceIds: [order],
    });
    expect(updated).toMatchObject({ id: created.id, evidenceIds: [order], status: 'disputed', sortDate: '2022-10-01' });
    expect(updated.place).toBeUndefined();
    const listed = await value('events.list', { caseId });
    expect(listed.map((e) => e.title)).toEqual([sampleCase.events[0]!.title, 'Задержание после пикета', sampleCase.events[1]!.title, sampleCase.events[2]!.title]);
    expect(listed.find((e) => e.id === created.id)!.evidenceIds).toEqual([order]);

    const elsewhere = reports[1]!.imported[0]!.evidenceId;
    const refused = await call('events.update', { id: created.id, event: { date: '2022', precision: 'year', type: 'arrest', title: 'x' }, evidenceIds: [elsewhere] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(elsewhere) } });
    expect((await value('events.list', { caseId })).find((e) => e.id === created.id)).toEqual(updated);

    const before = await value('events.list', { caseId });
    const linksElsewhere = await call('events.create', { caseId, event: { date: '2022-10-07', type: 'release', title: 'Released' }, evidenceIds: [photo, elsewhere] });
    expect(linksElsewhere).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: `The event links evidence that is not in its case: ${elsewhere}.` } });
    expect(await value('events.list', { caseId })).toEqual(before);

    const badDate = await call('events.create', { caseId, event: { date: '2022-10', type: 'arrest', title: 'Arrest' } });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('YYYY-MM-DD') } });

    expect((await value('search', { query: 'задержание после' })).map((hit) => hit.entityId)).toEqual([created.id]);
    await value('events.delete', { id: created.id });
    expect((await value('events.list', { caseId })).map((e) => e.id)).not.toContain(created.id);
    expect((await value('cases.get', { id: caseId })).evidence.map((e) => e.id)).toEqual([photo, order, statement]);
    expect(await value('search', { query: 'задержание после' })).toEqual([]);
    expect(await call('events.delete', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists the 5,000 events of one case with their evidence links in one answer', async () => {
    const work = await tempDir();
    const dir = path.join(work, 'vault');
    const { vault } = await Vault.create(dir, PASSPHRASE, { argon2: CHEAP_ARGON2 });
    const { caseId, imported } = await importCase(vault, await writeSampleCase(work));
    vault.transaction((db) => {
      for (let i = 0; i < 4_997; i += 1) {
        const day = new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
        insertEvent(db, caseId, { date: day, type: 'interrogation', title: `Допрос № ${i + 1}` }, [imported[i % 3]!.evidenceId]);
      }
    });
    vault.close();
    const { value } = await startService();
    await value('vault.unlock', { dir, passphrase: PASSPHRASE });

    const events = await value('events.list', { caseId });
    expect(events).toHaveLength(5_000);
    expect(events.filter((e) => e.type === 'interrogation' && e.evidenceIds.length === 1)).toHaveLength(4_997);
    expect(events.map((e) => e.sortDate)).toEqual(events.map((e) => e.sortDate).sort());
  });
});

describe('deadlines', () => {
  it('list what is due across open cases, soonest first with those missed in the last month, and delete only those entered by hand', async () => {
    const { value, call, reports } = await sampleVault([{}, { client: { ...sampleCase.client, fullName: 'Timur Bekov' } }, {}]);
    const [open, other, archived] = reports as [(typeof reports)[0], (typeof reports)[0], (typeof reports)[0]];
    await value('cases.archive', { id: archived.caseId, archived: true });

    const hearing = await value('events.create', { caseId: other.caseId, event: { date: '2026-11-01', type: 'court_hearing', title: 'Appeal hearing' } });
    // Its derived deadline was missed long ago: the case keeps it, the home page does not.
    await value('events.create', { caseId: other.caseId, event: { date: '2025-06-02', type: 'court_hearing', title: 'First-instance hearing' } });
    const consulate = await value('deadlines.create', { caseId: open.caseId, deadline: { title: 'Консульство: подать документы', due: '2026-11-22' } });
    await value('deadlines.create', { caseId: other.caseId, deadline: { title: 'Far away', due: '2027-03-01' } });
    await value('deadlines.create', { caseId: archived.caseId, deadline: { title: 'In an archived case', due: '2026-11-21' } });

    const upcoming = await value('deadlines.upcoming', { days: 30 });
    expect(upcoming.map((u) => [u.deadline.due, u.deadline.title, u.caseTitle, u.clientName])).toEqual([
      ['2026-11-01', 'Court hearing: Appeal hearing', sampleCase.case.title, 'Timur Bekov'],
      ['2026-11-22', 'Консульство: подать документы', sampleCase.case.title, sampleCase.client.fullName],
      ['2026-11-25', 'Appeal against the extradition order (Extradition order by the Prosecutor General)', sampleCase.case.title, sampleCase.client.fullName],
      ['2026-11-25', 'Appeal against the extradition order (Extradition order by the Prosecutor General)', sampleCase.case.title, 'Timur Bekov'],
    ]);
    expect(upcoming[0]!.deadline).toMatchObject({ origin: 'derived', eventId: hearing.id, caseId: other.caseId });
    // The passport (expiring 2027-05-01) comes into view with a longer window, once per client.
    const year = await value('deadlines.upcoming', { days: 365 });
    expect(year.filter((u) => u.deadline.rule === 'identity-document-expiry').map((u) => u.clientName).sort()).toEqual([sampleCase.client.fullName, 'Timur Bekov'].sort());
    expect(year.map((u) => u.deadline.title)).toContain('Far away');
    expect(year.map((u) => u.deadline.title).filter((title) => title.includes('First-instance hearing'))).toEqual([]);
    expect((await value('cases.get', { id: other.caseId })).deadlines.map((d) => d.title)).toContain('Court hearing: First-instance hearing');

    const derived = await call('deadlines.delete', { id: upcoming[0]!.deadline.id });
    expect(derived).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('change or delete the event') } });
    await value('deadlines.delete', { id: consulate.id });
    expect((await value('deadlines.upcoming', { days: 30 })).map((u) => u.deadline.id)).not.toContain(consulate.id);
    expect(await call('deadlines.delete', { id: consulate.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('deadlines on the home page and in the case', () => {
  it('end a detention when its decision says, make none for a hold with no term, and count a time limit stated on any event', async () => {
    const { value, reports } = await sampleVault();
    const { caseId } = reports[0]!;
    // Today is 20 November 2026: a 30-day detention from 12 November ends on 12 December, not "8 days overdue".
    await value('events.create', { caseId, event: { date: '2026-11-12', type: 'detention', title: 'Extradition arrest', deadlineDays: 30 } });
    await value('events.create', { caseId, event: { date: '2026-11-01', type: 'detention', title: 'Five-hour police hold' } });
    await value('events.create', { caseId, event: { date: '2026-11-18', type: 'sentence', title: 'Sentence in absentia', deadlineDays: 15 } });
    const upcoming = (await value('deadlines.upcoming', { days: 30 })).map((u) => [u.deadline.rule, u.deadline.due, u.deadline.subject]);
    expect(upcoming).toContainEqual(['detention-term-end', '2026-12-12', 'Extradition arrest']);
    expect(upcoming).toContainEqual(['stated-time-limit', '2026-12-03', 'Sentence in absentia']);
    const inCase = (await value('cases.get', { id: caseId })).deadlines;
    expect(inCase.filter((d) => d.subject === 'Five-hour police hold')).toEqual([]);
    expect(inCase.filter((d) => d.rule === 'detention-term-end').map((d) => d.due)).toEqual(['2026-12-12']);
  });
});

describe('deadline marks and edits', () => {
  it('mark any deadline done or "state in the filing", give it a time, keep the marks across reads, and edit only those entered by hand', async () => {
    const { value, call, reports } = await sampleVault();
    const { caseId } = reports[0]!;
    const hearing = await value('events.create', { caseId, event: { date: '2026-11-24', type: 'court_hearing', title: 'Appeal hearing' } });
    const hearingId = `court-hearing:${hearing.id}`;

    const marked = await value('deadlines.mark', { caseId, id: hearingId, marks: { done: true, when: { time: '10:00', timeZone: 'Asia/Almaty' } } });
    expect(marked).toMatchObject({ id: hearingId, due: '2026-11-24', done: true, time: '10:00', timeZone: 'Asia/Almaty' });
    await value('deadlines.mark', { caseId, id: hearingId, marks: { inFiling: true } });
    const read = async (id: string) => (await value('cases.get', { id: caseId })).deadlines.find((d) => d.id === id)!;
    expect(await read(hearingId)).toMatchObject({ done: true, inFiling: true, time: '10:00', timeZone: 'Asia/Almaty' });
    const upcoming = (await value('deadlines.upcoming', { days: 30 })).find((u) => u.deadline.id === hearingId)!;
    expect(upcoming.deadline).toMatchObject({ done: true, inFiling: true, time: '10:00' });

    // The hearing moves: the new date is not taken as done, the rest of the marks stay.
    await value('events.update', { id: hearing.id, event: { date: '2026-11-26', type: 'court_hearing', title: 'Appeal hearing' } });
    const moved = await read(hearingId);
    expect(moved).toMatchObject({ due: '2026-11-26', inFiling: true, time: '10:00' });
    expect(moved.done).toBeUndefined();
    await value('deadlines.mark', { caseId, id: hearingId, marks: { inFiling: false, when: {} } });
    const cleared = await read(hearingId);
    expect([cleared.due, cleared.inFiling, cleared.time, cleared.timeZone]).toEqual(['2026-11-26', undefined, undefined, undefined]);

    const manual = await value('deadlines.create', { caseId, deadline: { title: 'Consulate slot', due: '2026-12-01' } });
    await value('deadlines.mark', { caseId, id: manual.id, marks: { done: true, inFiling: true } });
    const edited = await value('deadlines.update', { id: manual.id, deadline: { title: 'Consulate interview', due: '2026-12-02', time: '09:30', timeZone: 'Europe/Vilnius' } });
    expect(edited).toMatchObject({ title: 'Consulate interview', due: '2026-12-02', time: '09:30', timeZone: 'Europe/Vilnius', done: true, inFiling: true, origin: 'manual' });
    expect(await read(manual.id)).toEqual(edited);
    await value('deadlines.mark', { caseId, id: manual.id, marks: { done: false } });
    expect((await read(manual.id)).done).toBeUndefined();

    expect(await call('deadlines.update', { id: hearingId, deadline: { title: 'X', due: '2026-12-01' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('cannot be edited on its own') },
    });
    expect(await call('deadlines.update', { id: manual.id, deadline: { title: 'X', due: '2026-12-01', time: '25:00' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('must be a time written HH:MM') },
    });
    expect(await call('deadlines.update', { id: manual.id, deadline: { title: 'X', due: '2026-12-01', time: '10:00', timeZone: 'Mars/Olympus' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('must be a time zone such as "Asia/Almaty"') },
    });
    expect(await call('deadlines.mark', { caseId, id: hearingId, marks: { when: { timeZone: 'Asia/Almaty' } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('a time zone needs a time') },
    });
    expect(await call('deadlines.mark', { caseId, id: `court-hearing:nowhere`, marks: { done: true } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const other = await value('cases.create', { clientId: (await value('cases.get', { id: caseId })).client.id, case: { title: 'Second case', forum: 'unhcr' } });
    expect(await call('deadlines.mark', { caseId: other.id, id: manual.id, marks: { done: true } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // The client's passport expiry follows from the client, in both cases; marked done in the
    // second, the home page lists it once, done.
    const passport = (await value('cases.get', { id: other.id })).deadlines.find((d) => d.rule === 'identity-document-expiry')!;
    await value('deadlines.mark', { caseId: other.id, id: passport.id, marks: { done: true } });
    const listed = (await value('deadlines.upcoming', { days: 365 })).filter((u) => u.deadline.id === passport.id);
    expect(listed.map((u) => u.deadline.done)).toEqual([true]);
  });

  it("a document's marks do not pass to the document that takes its place in the list", async () => {
    const { value, reports } = await sampleVault();
    const { caseId } = reports[0]!;
    const { client } = await value('cases.get', { id: caseId });
    const passport = { kind: 'passport', number: 'N12345678', issuingState: 'KZ', expires: '2027-05-01' };
    const idCard = { kind: 'identity card', number: '041234567', issuingState: 'KZ', expires: '2029-01-15' };
    const { id, createdAt: _created, updatedAt: _updated, ...input } = client;
    await value('clients.update', { id, client: { ...input, documents: [passport, idCard] } });
    const expiryOf = async (number: string) =>
      (await value('cases.get', { id: caseId })).deadlines.find((deadline) => deadline.rule === 'identity-document-expiry' && deadline.subject?.includes(number))!;
    await value('deadlines.mark', { caseId, id: (await expiryOf(passport.number)).id, marks: { inFiling: true, when: { time: '09:00' } } });
    expect(await expiryOf(passport.number)).toMatchObject({ inFiling: true, time: '09:00' });
    // The passport leaves the list: the identity card now stands first, unmarked.
    await value('clients.update', { id, client: { ...input, documents: [idCard] } });
    const card = await expiryOf(idCard.number);
    expect([card.inFiling, card.time]).toEqual([undefined, undefined]);
  });

  it('deleting an event deletes the marks of the deadlines it derived, and no other', async () => {
    const { value, dir, reports } = await sampleVault();
    const { caseId } = reports[0]!;
    const hearing = await value('events.create', { caseId, event: { date: '2026-11-24', type: 'court_hearing', title: 'Appeal hearing' } });
    const order = await value('events.create', { caseId, event: { date: '2026-11-18', type: 'extradition_order', title: 'Order' } });
    await value('deadlines.mark', { caseId, id: `court-hearing:${hearing.id}`, marks: { done: true } });
    await value('deadlines.mark', { caseId, id: `extradition-order-appeal:${order.id}`, marks: { inFiling: true } });
    await value('events.delete', { id: hearing.id });
    await value('vault.lock', undefined);
    const vault = await Vault.open(dir, { passphrase: PASSPHRASE });
    try {
      const marks = vault.db.prepare('SELECT deadline_id FROM deadline_marks ORDER BY deadline_id').pluck().all();
      expect(marks).toEqual([`extradition-order-appeal:${order.id}`]);
    } finally {
      vault.close();
    }
  });
});

describe('the persecution profile and search', () => {
  it('saves a profile, finds it and the records in any script, and finds nothing for an empty query', async () => {
    const { value, reports } = await sampleVault();
    const { caseId } = reports[0]!;
    const saved = await value('persecution.save', {
      caseId,
      profile: { grounds: [{ ground: 'religion', reasoning: 'Member of a banned community' }], narrative: 'Меня задерживали трижды в Шымкенте.' },
    });
    expect(await value('persecution.get', { caseId })).toEqual(saved);
    expect(saved.grounds).toEqual([{ ground: 'religion', reasoning: 'Member of a banned community' }]);

    expect((await value('search', { query: 'шымкент' })).map((hit) => hit.entity)).toEqual(['persecution']);
    // Cyrillic finds the case's Latin title ("Sadykova …") too.
    expect((await value('search', { query: 'садықова' })).map((hit) => hit.entity)).toEqual(['client', 'case']);
    expect((await value('search', { query: 'sadykova extradition', caseId })).map((hit) => hit.entityId)).toEqual([caseId]);
    expect(await value('search', { query: '' })).toEqual([]);
    expect(await value('search', { query: '   ' })).toEqual([]);
  });
});

describe('the audit log', () => {
  it('records every change by kind and id, never by content', async () => {
    const { value, service, dir, reports } = await sampleVault();
    const { caseId } = reports[0]!;
    const client = await value('clients.create', { fullName: 'Timur Bekov' });
    await value('clients.update', { id: client.id, client: { fullName: 'Timur Bekov', notes: 'Secret note' } });
    await value('clients.archive', { id: client.id, archived: true });
    const record = await value('cases.create', { clientId: client.id, case: { title: 'Bekov v. State', forum: 'un_hrc' } });
    await value('cases.update', { id: record.id, case: { title: 'Bekov v. State', forum: 'un_cat' } });
    await value('cases.archive', { id: record.id, archived: true });
    const event = await value('events.create', { caseId, event: { date: '2026-01-02', type: 'threat', title: 'Threatening call' } });
    await value('events.update', { id: event.id, event: { date: '2026-01-03', type: 'threat', title: 'Threatening call' } });
    await value('events.delete', { id: event.id });
    await value('persecution.save', { caseId, profile: {} });
    const deadline = await value('deadlines.create', { caseId, deadline: { title: 'File', due: '2026-12-01' } });
    await value('deadlines.update', { id: deadline.id, deadline: { title: 'File the appeal', due: '2026-12-02' } });
    await value('deadlines.mark', { caseId, id: deadline.id, marks: { done: true } });
    await value('deadlines.delete', { id: deadline.id });
    service.close();

    const entries = (await auditActions(dir)).slice(2); // vault.create and case.import came before
    expect(entries).toEqual([
      { action: 'client.create', entity: 'client', entityId: client.id },
      { action: 'client.update', entity: 'client', entityId: client.id },
      { action: 'client.archive', entity: 'client', entityId: client.id },
      { action: 'case.create', entity: 'case', entityId: record.id },
      { action: 'case.update', entity: 'case', entityId: record.id },
      { action: 'case.archive', entity: 'case', entityId: record.id },
      { action: 'event.create', entity: 'event', entityId: event.id },
      { action: 'event.update', entity: 'event', entityId: event.id },
      { action: 'event.delete', entity: 'event', entityId: event.id },
      { action: 'persecution.save', entity: 'case', entityId: caseId },
      { action: 'deadline.create', entity: 'deadline', entityId: deadline.id },
      { action: 'deadline.update', entity: 'deadline', entityId: deadline.id },
      { action: 'deadline.mark', entity: 'deadline', entityId: deadline.id },
      { action: 'deadline.delete', entity: 'deadline', entityId: deadline.id },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Bekov|Secret|Threatening|File/);
  });
});
