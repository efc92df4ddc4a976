// The CSP reaches the page twice: as a header on every app:// response (electron/protocol.ts) and
// as a <meta> the renderer build writes into index.html, so the policy holds even for a copy of
// the page loaded some other way. This runs the build's own plugin on the real index.html.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';
import { cspMetaTag } from '../../electron/security-policy';

const root = path.resolve(import.meta.dirname, '../..');

function cspPlugin(): (html: string) => string {
  const plugins = (config.renderer?.plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((candidate) => candidate?.name === 'dossier:csp-meta');
  const hook = plugin?.transformIndexHtml;
  if (!hook || typeof hook === 'function') throw new Error('The renderer build has no dossier:csp-meta plugin.');
  return (html) => (hook.handler as unknown as (html: string) => string)(html);
}

describe('the CSP <meta> of the built page', () => {
  it('goes into index.html right after the charset, before anything that loads', () => {
    const html = cspPlugin()(readFileSync(path.join(root, 'src/renderer/index.html'), 'utf8'));
    const meta = html.indexOf(cspMetaTag());
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset="utf-8" />'));
    expect(meta).toBeLessThan(html.search(/<script\b|<link\b|<style\b/));
    expect(cspMetaTag()).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval/);
  });

  it('fails the build rather than ship a page without it', () => {
    expect(() => cspPlugin()('<html><head><title>x</title></head></html>')).toThrow(/charset/);
  });
});
