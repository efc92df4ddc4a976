// IPC channel names and the list of contract methods, kept apart from the zod schemas so the
// sandboxed preload (and the test transport's bridge) bundle no zod.
import type { MethodName } from './contract.js';

/**
 * Every contract method, in the contract's order. The preload builds window.dossier from this
 * list; the check below fails the typecheck when a method is added to the contract and not here
 * (and `satisfies` when one is listed that the contract does not have).
 */
export const methodNames = [
  'appInfo',
  'vault.status',
  'vault.recent',
  'vault.forgetRecent',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.setPassphrase',
  'vault.rekey',
  'vault.newRecoveryKey',
  'vault.travel',
  'vault.wipe',
  'session.activity',
  'settings.get',
  'settings.update',
  'dialog.chooseVaultFolder',
  'dialog.chooseEvidenceFiles',
  'dialog.chooseExportFile',
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
  'cases.list',
  'cases.get',
  'cases.create',
  'cases.update',
  'cases.archive',
  'events.list',
  'events.create',
  'events.update',
  'events.delete',
  'evidence.list',
  'evidence.import',
  'evidence.update',
  'evidence.updateMany',
  'evidence.remove',
  'evidence.preview',
  'evidence.setPdfPassword',
  'evidence.readText',
  'evidence.textStatus',
  'evidence.text',
  'persecution.get',
  'persecution.save',
  'arguments.save',
  'arguments.remove',
  'translators.list',
  'translators.create',
  'translators.update',
  'translators.remove',
  'counsel.list',
  'counsel.create',
  'counsel.update',
  'counsel.remove',
  'redaction.list',
  'redaction.save',
  'redaction.remove',
  'redaction.suggestions',
  'deadlines.upcoming',
  'deadlines.create',
  'deadlines.update',
  'deadlines.mark',
  'deadlines.delete',
  'search',
  'dossier.templates',
  'dossier.plan',
  'dossier.check',
  'dossier.citations',
  'dossier.export',
  'jobs.cancel',
  'os.openExported',
  'os.showExportedInFolder',
] as const satisfies readonly MethodName[];

type UnlistedMethod = Exclude<MethodName, (typeof methodNames)[number]>;
// Compiles only while UnlistedMethod is empty; otherwise the error names the missing method.
const everyMethodIsListed: [UnlistedMethod] extends [never] ? true : UnlistedMethod = true;
void everyMethodIsListed;

/** The IPC channel a contract method travels on. */
export function channelOf(method: MethodName): string {
  return `dossier:${method}`;
}

/** The one channel the main process sends the window the core's events on. */
export const EVENT_CHANNEL = 'dossier:event';
