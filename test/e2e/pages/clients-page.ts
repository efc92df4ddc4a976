// The clients list, the new-client form, one client's page and the new-case dialog on it.
import type { Locator } from 'playwright-core';
import type { AppWindow } from '../support/fixtures';
import { exactName, nameContaining, WindowPage } from './window-page';

export interface ClientToCreate {
  fullName: string;
  fullNameNative: string;
  dateOfBirth: string;
  placeOfBirth: string;
  /** As typed: "KZ". */
  citizenships: string;
  /** Language codes as typed: "kk, ru". */
  languages: string;
  /** A client status value (src/shared/models.ts clientStatuses), chosen by value. */
  status: string;
  document: { kind: string; number: string; expires: string };
}

export interface CaseToCreate {
  title: string;
  /** A forum value (src/shared/models.ts forums), chosen by value. */
  forum: string;
  destination: string;
  /** As typed, for a UN committee forum only (the field shows for those): "kz" or "Kazakhstan". */
  stateParty?: string;
  reference: string;
  responsibleLawyer: string;
}

export class ClientsPage extends WindowPage {
  get title(): Locator {
    return this.heading('clients:list.title');
  }

  /** The list's row for a client; its accessible name holds both names (in reading order) and the counts. */
  row(fullName: string): Locator {
    return this.page.getByRole('list', { name: exactName(this.t('clients:list.title')) }).getByRole('button', { name: nameContaining(fullName) });
  }

  /** "New client", then the form filled in; call `submit` on what it returns to create the client. */
  async fillNewClient(client: ClientToCreate): Promise<NewClientForm> {
    await this.button('clients:list.newClient').first().click();
    const form = new NewClientForm(this.app, this.page.getByRole('form', { name: exactName(this.t('clients:form.createTitle')) }), client);
    await form.fill();
    return form;
  }

  /** Fills the new-client form and creates the client; resolves on the client's own page. */
  async createClient(client: ClientToCreate): Promise<ClientPage> {
    return (await this.fillNewClient(client)).submit();
  }
}

export class NewClientForm extends WindowPage {
  constructor(
    app: AppWindow,
    root: Locator,
    private readonly client: ClientToCreate,
  ) {
    super(app, root);
  }

  async fill(): Promise<void> {
    const { client } = this;
    await this.field('clients:fields.fullName').fill(client.fullName);
    await this.field('clients:fields.fullNameNative').fill(client.fullNameNative);
    await this.field('clients:fields.dateOfBirth').fill(client.dateOfBirth);
    await this.field('clients:fields.placeOfBirth').fill(client.placeOfBirth);
    await this.field('clients:fields.citizenships').fill(client.citizenships);
    await this.field('clients:fields.languages').fill(client.languages);
    await this.field('clients:fields.status').selectOption(client.status);

    await this.button('clients:form.addDocument').click();
    const document = new WindowPage(this.app, this.scope.getByRole('group', { name: exactName(this.t('clients:form.documentN', { n: 1 })) }));
    await document.field('clients:fields.documentKind').fill(client.document.kind);
    await document.field('clients:fields.documentNumber').fill(client.document.number);
    await document.field('clients:fields.expires').fill(client.document.expires);
  }

  /** "Create client"; resolves on the new client's page. */
  async submit(): Promise<ClientPage> {
    await this.button('clients:form.createClient').click();
    const page = new ClientPage(this.app);
    await page.title(this.client.fullName).waitFor();
    return page;
  }
}

export class ClientPage extends WindowPage {
  /** The client's page, by either name in its head (the heading is the one in the reader's script). */
  title(fullName: string): Locator {
    return this.page.locator('.client-head__names').getByText(exactName(fullName));
  }

  /** The identity document list's warning badge ("Expires soon"). */
  get expiresSoonBadge(): Locator {
    return this.page.getByText(exactName(this.t('clients:page.expiresSoon')));
  }

  /** "Open case" on the case's card; resolves when the case's heading shows. */
  async openCase(caseTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: exactName(this.t('clients:cases.openCaseNamed', { title: caseTitle })) }).click();
    await this.page.getByRole('heading', { level: 1, name: exactName(caseTitle) }).waitFor();
  }

  /** "New case", then the dialog filled in; call `submit` on what it returns to create the case. */
  async fillNewCase(record: CaseToCreate): Promise<NewCaseDialog> {
    await this.button('clients:cases.newCase').first().click();
    const dialog = new NewCaseDialog(this.app, this.page.getByRole('dialog', { name: exactName(this.t('clients:cases.createTitle')) }));
    await dialog.field('clients:cases.fields.title').fill(record.title);
    await dialog.field('clients:cases.fields.forum').selectOption(record.forum);
    if (record.stateParty !== undefined) await dialog.field('clients:cases.fields.stateParty').fill(record.stateParty);
    // A UN committee's form calls the destination what its cover does: the place of submission.
    const committee = record.forum === 'un_cat' || record.forum === 'un_hrc';
    await dialog.field(committee ? 'clients:cases.fields.placeOfSubmission' : 'clients:cases.fields.destination').fill(record.destination);
    await dialog.field('clients:cases.fields.reference').fill(record.reference);
    await dialog.field('clients:cases.fields.responsibleLawyer').fill(record.responsibleLawyer);
    return dialog;
  }

  /** Creates the case through the dialog; the case opens at once. */
  async createCase(record: CaseToCreate): Promise<void> {
    await (await this.fillNewCase(record)).submit();
  }
}

export class NewCaseDialog extends WindowPage {
  /** "Create case"; resolves once the dialog has gone (the case opens). */
  async submit(): Promise<void> {
    await this.button('clients:cases.createCase').click();
    await this.root!.waitFor({ state: 'detached' });
  }
}
