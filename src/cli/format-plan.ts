// `dossier plan`: the dossier's contents as the export will number them, its warnings, and under a
// size or page limit the parts it will be written in (pages, estimated size, what each holds).
import type { MethodOutput } from '../shared/contract.js';

type Plan = MethodOutput<'dossier.plan'>;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function formatPlan(plan: Plan): string {
  const lines = [`${plan.pages} pages`, ''];
  for (const entry of plan.contents) lines.push(`${'  '.repeat(entry.level)}${entry.title}  ${entry.page}`);
  if (plan.parts) {
    lines.push('', `Parts (estimated before writing): ${plan.parts.length}`);
    for (const [index, part] of plan.parts.entries()) {
      lines.push(`  Part ${index + 1}: pages ${part.firstPage}-${part.lastPage}, about ${megabytes(part.bytes)}: ${part.holds.join(', ')}`);
    }
  }
  if (plan.warnings.length > 0) lines.push('', 'Warnings:', ...plan.warnings.map((warning) => `  ${warning}`));
  return lines.join('\n');
}
