// The one API contract between the window and the core. The shell validates every call's input
// against these schemas before the core sees it; the preload and the test transport are typed by
// the same object, so both ends of IPC cannot drift apart.
import { z } from 'zod';

export const contract = {
  appInfo: {
    input: z.undefined(),
    output: z.object({ name: z.string(), version: z.string() }),
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
