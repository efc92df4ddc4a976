// The window's dossier calls: the templates to choose from, the contents the export would print
// (page numbers included) without writing anything, and the export itself as a cancellable job.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { HandlerInput } from '../../shared/dispatch.js';
import { DossierError } from '../../shared/errors.js';
import { forums } from '../../shared/models.js';
import { exportDossier, planDossier, type PlanOptions } from '../dossier/export-dossier.js';
import { defaultTemplateId, dossierTemplates, findTemplate } from '../dossier/templates.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';

type ExportChoice = HandlerInput<'dossier.plan'>;

function exportOptions(ctx: ServiceContext, choice: ExportChoice): PlanOptions {
  if (!findTemplate(choice.template)) throw new DossierError('INVALID_INPUT', `There is no dossier template "${choice.template}".`);
  return { template: choice.template, language: choice.language, exhibitIds: choice.exhibitIds, fontsDir: ctx.fontsDir };
}

/** The target must be a PDF in a folder that exists; the exporter writes beside it, then renames. */
async function checkTarget(file: string): Promise<void> {
  if (!path.isAbsolute(file) || path.extname(file).toLowerCase() !== '.pdf') {
    throw new DossierError('INVALID_INPUT', `The dossier must be saved as a PDF file with its full location (got "${path.basename(file)}").`);
  }
  const folder = path.dirname(file);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new DossierError('INVALID_INPUT', `The folder ${folder} does not exist; choose another place to save the dossier.`);
}

export function dossierHandlers(ctx: ServiceContext): HandlerGroup<'dossier.templates' | 'dossier.plan' | 'dossier.export'> {
  return {
    'dossier.templates': () =>
      dossierTemplates.map((template) => ({
        id: template.id,
        description: template.description,
        forums: forums.filter((forum) => defaultTemplateId[forum] === template.id),
      })),

    'dossier.plan': async (choice) => {
      const { pages, contents, warnings } = await planDossier(ctx.vault(), choice.caseId, exportOptions(ctx, choice));
      return { pages, contents, warnings };
    },

    'dossier.export': async (choice) => {
      const options = exportOptions(ctx, choice);
      await checkTarget(choice.file);
      const vault = ctx.vault();
      const { jobId } = choice;
      const signal = ctx.startJob(jobId);
      try {
        const result = await exportDossier(vault, choice.caseId, choice.file, {
          ...options,
          signal,
          onProgress: (progress) =>
            ctx.emit({
              type: 'progress',
              jobId,
              phase: progress.phase,
              done: progress.done,
              total: progress.total,
              ...(progress.exhibit === undefined ? {} : { label: progress.exhibit }),
            }),
        });
        return { file: result.file, pages: result.pages, bytes: result.bytes, warnings: result.warnings };
      } finally {
        ctx.endJob(jobId);
      }
    },
  };
}
