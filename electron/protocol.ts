// Serves the built renderer over app://dossier/, never file://: a file:// page shares an origin
// with every file on the disk, while app:// pages get one origin of their own.
import { protocol, type Session } from 'electron';
import { readRendererFile, resolveRendererRequest } from './protocol-paths';
import { APP_SCHEME, responseSecurityHeaders } from './security-policy';

/**
 * Must run before app 'ready'. `standard` gives app:// a real origin and relative URLs, `secure`
 * makes it a secure context. Not corsEnabled (no other origin may read it), no service workers,
 * and it never bypasses the CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        codeCache: true,
        corsEnabled: false,
        allowServiceWorkers: false,
        bypassCSP: false,
        stream: false,
      },
    },
  ]);
}

const securityHeaders = responseSecurityHeaders();

function refusal(status: number): Response {
  return new Response(null, { status, headers: securityHeaders });
}

/** Answers app:// requests in `session` from the files under `rendererDir`. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const route = resolveRendererRequest(rendererDir, request.method, request.url);
    if (!route.ok) return refusal(route.status);
    // fs works inside app.asar; the renderer is a few small files, read whole.
    const body = await readRendererFile(rendererDir, route.file);
    if (!body) return refusal(404);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders, 'content-type': route.contentType },
    });
  });
}
