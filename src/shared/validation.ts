import type { z } from 'zod';

/** One line per problem, each naming where in the input it is: "events[2].date: ...". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    );
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
