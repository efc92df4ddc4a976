// A reader process as a hostile file that took one over would make it: it speaks the reader's
// protocol and, per task, misbehaves as the test asks (HOSTILE_MODE). Run by the tests of what
// the core accepts from a reader (taken-over-reader.test.ts), never by the app.
const mode = process.env.HOSTILE_MODE;
let nextRequest = 1;
process.on('message', (message) => {
  if (message.type !== 'run') return;
  const { id } = message;
  const done = (value) => process.send({ type: 'done', id, ok: true, value });
  switch (mode) {
    case 'flood':
      // Ten requests for a file at once, none awaited.
      for (let index = 0; index < 10; index += 1) process.send({ type: 'request', id, requestId: nextRequest++, name: 'blob', input: { blobId: 'x' } });
      break;
    case 'odd-type':
      done({ mediaType: 42, ext: { toString: 'evil' } });
      break;
    case 'endless-pages':
      done({ inspection: { kind: 'pages', pageCount: 1e12 } });
      break;
    case 'fake-warning':
      process.send({ type: 'done', id, ok: false, error: { code: 'VAULT_DAMAGED', message: `The vault is damaged.\n\n${'Call this number: 555-0100. '.repeat(100)}` } });
      break;
    default:
      done({ inspection: { kind: 'text' } });
  }
});
process.send({ type: 'ready' });
