// A protected PDF's password in the built window, in English and in Russian, against the real
// core and a real AES-256 PDF (test/fixtures/order-protected.pdf): the file's details say the
// dossier needs its password (and the preview why it shows nothing) and offer "Enter password…"; the dialog takes the focus, says an
// empty field and a wrong password at the field (nothing is kept, the core still says the file
// needs its password), closes on Escape with the focus back on its button, and a right password
// turns the badge into reproduced pages. Every state is scanned with axe and photographed.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../src/shared/contract';
import { PROTECTED_PDF, PROTECTED_PDF_PASSWORD } from '../support/protected-pdf';
import { CasePage } from './pages/case-page';
import { PdfPasswordDialog } from './pages/case/pdf-password-dialog';
import { Workspace } from './pages/workspace';
import { saveScreenshot, scanAccessibility, scanAndPhotographView } from './support/artifacts';
import { describeInChromium } from './support/browser';
import { openWindow, useChromium, type AppWindow } from './support/fixtures';
import { callCore } from './support/core-calls';

const client = { fullName: 'Timur Bekov', fullNameNative: 'Тимур Беков' };
const WRONG = 'not the statement password';

async function check(app: AppWindow, label: string): Promise<void> {
  await scanAccessibility(app.page, label);
  await saveScreenshot(app.page, label);
}

/** Whether the focused element is `locator`'s element. */
function isFocused(locator: ReturnType<AppWindow['page']['locator']>): Promise<boolean> {
  return locator.evaluate((element) => (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element);
}

describeInChromium('the password of a protected PDF in the window', () => {
  const e2e = useChromium();

  it.each<InterfaceLanguage>(['en', 'ru'])('%s: asks for the password where the badge shows, says a wrong one at once and keeps nothing, and takes the right one', async (language) => {
    const app = await openWindow(e2e(), { language, unlocked: true });
    const created = await callCore(app, 'clients.create', client);
    const caseTitle = language === 'ru' ? 'Беков: убежище' : 'Bekov: asylum';
    const matter = await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'national_asylum' } });
    const dir = path.join(app.dataDir, 'files');
    await mkdir(dir);
    const file = path.join(dir, 'bank-statement.pdf');
    await copyFile(PROTECTED_PDF, file);

    const workspace = new Workspace(app);
    await workspace.heading('shell:home.title').waitFor();
    await workspace.openCase(client.fullName, caseTitle);
    const evidence = await new CasePage(app).evidence();
    await evidence.addFiles([file], 1);

    const details = await evidence.select('bank-statement');
    await details.getByText(app.text('evidence:reasons.needs_password'), { exact: false }).waitFor();
    // The preview says why it shows nothing: the window never holds the password.
    await details.getByText(app.text('evidence:preview.pdfLocked')).waitFor({ timeout: 30_000 });
    const opener = PdfPasswordDialog.opener(details, app);
    await opener.waitFor();
    await scanAndPhotographView(app.page, `pdf-password-badge-${language}`);
    await opener.click();
    const dialog = new PdfPasswordDialog(app);
    await dialog.dialog.waitFor();
    // The field has the focus as the dialog opens.
    await expect.poll(() => isFocused(dialog.passwordField)).toBe(true);
    await check(app, `pdf-password-dialog-${language}`);

    // Enter on an empty field says so at the field; the core is not asked.
    await dialog.passwordField.press('Enter');
    await dialog.fieldError('evidence:password.missing').waitFor();

    // A wrong password: said at the field at once, and nothing kept.
    await dialog.submitWithEnter(WRONG);
    await dialog.fieldError('evidence:password.wrong').waitFor({ timeout: 30_000 });
    await expect.poll(() => dialog.passwordField.getAttribute('aria-invalid')).toBe('true');
    await check(app, `pdf-password-wrong-${language}`);
    const [still] = await callCore(app, 'evidence.list', { caseId: matter.id });
    expect(still).toMatchObject({ dossierSupport: 'not_reproduced', supportReason: 'needs_password' });

    // Escape closes it, and the focus is back on the button that opened it.
    await app.page.keyboard.press('Escape');
    await dialog.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(opener)).toBe(true);

    // The right password: the dialog closes, the file's pages will be in the dossier.
    await opener.click();
    await dialog.dialog.waitFor();
    await dialog.submitWithEnter(PROTECTED_PDF_PASSWORD);
    await dialog.dialog.waitFor({ state: 'detached', timeout: 30_000 });
    const accepted = details.getByRole('status').filter({ hasText: app.text('evidence:password.accepted', { title: 'bank-statement' }) });
    await accepted.waitFor();
    await expect.poll(() => isFocused(accepted)).toBe(true);
    await details.getByText(app.text('evidence:support.pages')).waitFor();
    expect(await opener.count()).toBe(0);
    await check(app, `pdf-password-accepted-${language}`);
    const [opened] = await callCore(app, 'evidence.list', { caseId: matter.id });
    expect(opened).toMatchObject({ dossierSupport: 'pages' });
    expect(JSON.stringify(opened)).not.toContain(PROTECTED_PDF_PASSWORD);
    expect(app.problems).toEqual([]);
  });
});
