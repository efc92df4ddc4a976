// The window's dossier calls: the templates to choose from, the contents the export would print
// (page numbers included) without writing anything, and the export itself as a cancellable job;
// both compose the dossier in the exhibit reader, never beside the key.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { HandlerInput } from '../../shared/dispatch.js';
import { DossierError } from '../../shared/errors.js';
import { forums } from '../../shared/models.js';
import { exportDossier, planDossier, type PlanOptions } from '../dossier/export-dossier.js';
import { dossierCitations } from '../dossier/dossier-citations.js';
import { defaultTemplateId, dossierTemplates, findTemplate } from '../dossier/templates.js';
import { checkDossier } from '../preflight/preflight.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';
import { onOpenVault, runVaultJob } from './vault-work.js';

type ExportChoice = HandlerInput<'dossier.plan'>;

export interface DossierHandlerOptions {
  /** Today as the user's calendar shows it (YYYY-MM-DD): the cover's date and the deadlines it counts down to. */
  today(): string;
  /** The service's clock in milliseconds (the demo's is fixed): the pre-flight's deadlines within 48 hours count from it. */
  now?: (() => number) | undefined;
}

/** The target must be a .pdf name in a folder that exists, not a folder itself: the exporter writes beside it, then renames over it. */
async function checkTarget(file: string): Promise<void> {
  if (!path.isAbsolute(file) || path.extname(file).toLowerCase() !== '.pdf') {
    throw new DossierError('INVALID_INPUT', `The dossier must be saved as a PDF file with its full location (got "${path.basename(file)}").`);
  }
  const folder = path.dirname(file);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new DossierError('INVALID_INPUT', `The folder ${folder} does not exist; choose another place to save the dossier.`);
  const existing = await stat(file).catch(() => undefined);
  if (existing && !existing.isFile()) throw new DossierError('INVALID_INPUT', `${file} is a folder, not a file; choose another name for the dossier.`);
}

export function dossierHandlers(ctx: ServiceContext, { today, now = Date.now }: DossierHandlerOptions): HandlerGroup<'dossier.templates' | 'dossier.plan' | 'dossier.check' | 'dossier.citations' | 'dossier.export'> {
  function exportOptions(choice: ExportChoice): PlanOptions {
    // An absent template is the one made for the case's forum (the exporter's default).
    if (choice.template !== undefined && !findTemplate(choice.template)) throw new DossierError('INVALID_INPUT', `There is no dossier template "${choice.template}".`);
    return {
      template: choice.template,
      language: choice.language,
      exhibitIds: choice.exhibitIds,
      fontsDir: ctx.fontsDir,
      today: today(),
      // The composer parses the exhibits: it runs in the reader process, which a lock stops.
      reader: ctx.reader.forCase(choice.caseId),
      ...(choice.disputedEvents ? { disputedEvents: choice.disputedEvents } : {}),
      ...(choice.undrawablePagesAsImages ? { undrawablePagesAsImages: true } : {}),
      ...(choice.maxPartBytes !== undefined ? { maxPartBytes: choice.maxPartBytes } : {}),
      ...(choice.shrinkPhotos !== undefined ? { shrinkPhotos: choice.shrinkPhotos } : {}),
      ...(choice.factsByElement ? { factsByElement: true } : {}),
      ...(choice.redactionProfileId !== undefined ? { redactionProfileId: choice.redactionProfileId } : {}),
    };
  }

  return {
    'dossier.templates': () =>
      dossierTemplates.map((template) => ({
        id: template.id,
        description: template.description,
        forums: forums.filter((forum) => defaultTemplateId[forum] === template.id),
        disputedEvents: template.disputedEvents,
        statesFilingDates: template.sections.includes('interimMeasures'),
        ...(template.filing.maxPartBytes !== undefined ? { maxPartBytes: template.filing.maxPartBytes } : {}),
      })),

    'dossier.plan': async (choice) => {
      const options = exportOptions(choice);
      const locked = () => 'The vault was locked while the dossier was being planned; unlock it to see the plan.';
      const { pages, contents, warnings, undrawablePages, parts } = await onOpenVault(ctx, locked, (vault) => planDossier(vault, choice.caseId, options));
      return { pages, contents, warnings, undrawablePages, ...(parts ? { parts } : {}) };
    },

    'dossier.check': async (choice) => {
      const options = exportOptions(choice);
      const locked = () => 'The vault was locked during the pre-flight check; unlock it to check the dossier.';
      return onOpenVault(ctx, locked, (vault) => checkDossier(vault, choice.caseId, { ...options, now: new Date(now()) }));
    },

    'dossier.citations': async (choice) => {
      const options = exportOptions(choice);
      const locked = () => 'The vault was locked while the citations were being checked; unlock it to see them.';
      return onOpenVault(ctx, locked, (vault) => dossierCitations(vault, choice.caseId, options));
    },

    'dossier.export': async (choice) => {
      const options = exportOptions(choice);
      await checkTarget(choice.file);
      const locked = () => 'The vault was locked during the export; no file was written.';
      return runVaultJob(ctx, choice.jobId, locked, async (vault, signal, progress) => {
        // What the forum would refuse is refused here too, unless the user overrode it knowingly.
        const preflight = await checkDossier(vault, choice.caseId, { ...options, signal, now: new Date(now()) });
        const blocking = [...new Set(preflight.findings.filter((finding) => finding.severity === 'block').map((finding) => finding.code))];
        if (blocking.length > 0 && !choice.overrideBlocks) {
          throw new DossierError('INVALID_INPUT', `The pre-flight check blocks this export (${blocking.join(', ')}); fix them or override them explicitly. No file was written.`);
        }
        const result = await exportDossier(vault, choice.caseId, choice.file, {
          ...options,
          signal,
          onProgress: ({ phase, done, total, exhibit }) => progress(phase, done, total, exhibit),
        });
        // The codes only: the audit log holds no content.
        if (blocking.length > 0) vault.audit(`dossier.export.override ${blocking.join(' ')}`, 'case', choice.caseId);
        return result;
      });
    },
  };
}
