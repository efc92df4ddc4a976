// The kind a file starts with on import: its name's words in Russian, Kazakh and their Latin
// spellings, its detected type, and for an image what EXIF says made it (a camera, a scanner).
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cameraFromExif, readImageHints } from '../../src/core/isolation/tasks/image-hints.js';
import { guessKind, type ImageHints } from '../../src/core/intake/kind-guess.js';
import { tempDir } from '../support/temp-dir.js';

const PDF = 'application/pdf';
const JPEG = 'image/jpeg';
const PNG = 'image/png';
const camera: ImageHints = { cameraMake: 'samsung', cameraModel: 'SM-A525F', density: 72 };
const scanner: ImageHints = { cameraMake: 'Brother', cameraModel: 'MFC-L2700DW', density: 300 };
const plain: ImageHints = { density: 72 };

const cases: [name: string, mediaType: string, image: ImageHints | undefined, kind: string][] = [
  // Court documents, Latin and Cyrillic, Russian and Kazakh, whatever the type.
  ['postanovlenie_o_zaderzhanii.pdf', PDF, undefined, 'court_document'],
  ['Постановление об аресте.pdf', PDF, undefined, 'court_document'],
  ['postanovlenie.jpg', JPEG, camera, 'court_document'],
  ['prigovor 2023.pdf', PDF, undefined, 'court_document'],
  ['Приговор суда.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', undefined, 'court_document'],
  ['reshenie_suda.pdf', PDF, undefined, 'court_document'],
  ['Решение Алмалинского районного суда.pdf', PDF, undefined, 'court_document'],
  ['opredelenie.pdf', PDF, undefined, 'court_document'],
  ['Определение суда (копия).pdf', PDF, undefined, 'court_document'],
  ['sud_povestka.jpg', JPEG, plain, 'court_document'],
  ['заключение эксперта.pdf', PDF, undefined, 'court_document'],
  ['zaklyuchenie.pdf', PDF, undefined, 'court_document'],
  ['Сот қаулысы.pdf', PDF, undefined, 'court_document'],
  ['sot_sheshimi.pdf', PDF, undefined, 'court_document'],
  ['Үкім.pdf', PDF, undefined, 'court_document'],
  // A word that only starts like "суд", "сот" or "court" is not a court.
  ['судно.pdf', PDF, undefined, 'other'],
  ['courtesy_letter.pdf', PDF, undefined, 'correspondence'],
  ['Supreme Court ruling.pdf', PDF, undefined, 'court_document'],
  // Bank papers: a money transfer is no translation, a bank statement no witness statement.
  ['Перевод_Kaspi_чек.pdf', PDF, undefined, 'other'],
  ['Kaspi perevod.pdf', PDF, undefined, 'other'],
  ['bank_statement_2023.pdf', PDF, undefined, 'other'],
  ['Выписка по счету.pdf', PDF, undefined, 'other'],
  ['perevod_prigovora.pdf', PDF, undefined, 'translation'],
  ['сотрудник.jpg', JPEG, camera, 'photo'],
  // Identity, wanted notices, medical reports.
  ['pasport.jpg', JPEG, camera, 'identity_document'],
  ['Паспорт РФ стр 2-3.pdf', PDF, undefined, 'identity_document'],
  ['удостоверение личности.png', PNG, undefined, 'identity_document'],
  ['Жеке куәлік.jpg', JPEG, plain, 'identity_document'],
  ['rozysk_MVD.png', PNG, undefined, 'wanted_notice'],
  ['Розыск.pdf', PDF, undefined, 'wanted_notice'],
  ['interpol red notice.pdf', PDF, undefined, 'wanted_notice'],
  ['Іздеу туралы.pdf', PDF, undefined, 'wanted_notice'],
  ['справка о побоях.pdf', PDF, undefined, 'medical_report'],
  ['Судебно-медицинское заключение.pdf', PDF, undefined, 'medical_report'],
  ['epikriz_bolnitsa.jpg', JPEG, camera, 'medical_report'],
  ['medical report.pdf', PDF, undefined, 'medical_report'],
  ['spravka.jpg', JPEG, camera, 'other'],
  ['Анықтама.pdf', PDF, undefined, 'other'],
  ['perevod_postanovleniya.pdf', PDF, undefined, 'translation'],
  ['заявление в полицию.pdf', PDF, undefined, 'statement'],
  ['письмо адвокату.pdf', PDF, undefined, 'correspondence'],
  // Screenshots: by name from Windows, macOS, Android, in Russian too.
  ['Screenshot_20230412-101010_Telegram.jpg', JPEG, plain, 'screenshot'],
  ['Screenshot 2023-04-12 at 10.10.10.png', PNG, undefined, 'screenshot'],
  ['Снимок экрана 2023-04-12 101010.png', PNG, undefined, 'screenshot'],
  ['скрин переписки.jpg', JPEG, plain, 'screenshot'],
  // Scans are documents: never a photograph, whether the name or the device says so.
  ['scan0001.jpg', JPEG, plain, 'other'],
  ['Скан 12.jpg', JPEG, camera, 'other'],
  ['scan_postanovleniya.pdf', PDF, undefined, 'court_document'],
  ['IMG_0001.jpg', JPEG, scanner, 'other'],
  ['page1.jpg', JPEG, { density: 300 }, 'other'],
  ['page1.tif', 'image/tiff', undefined, 'other'],
  // Photographs: a camera in EXIF, or a messenger's or camera's own name.
  ['IMG_4821.jpg', JPEG, camera, 'photo'],
  ['picket.jpg', JPEG, camera, 'photo'],
  ['WhatsApp Image 2023-04-12 at 10.10.10.jpeg', JPEG, plain, 'photo'],
  ['IMG-20230412-WA0007.jpg', JPEG, plain, 'photo'],
  ['photo_2023-04-12_10-10-10.jpg', JPEG, plain, 'photo'],
  ['20230412_101010.jpg', JPEG, plain, 'photo'],
  ['PXL_20230412_101010.jpg', JPEG, undefined, 'photo'],
  ['picket.jpg', JPEG, plain, 'photo'],
  // A PNG with no camera behind it is a screenshot (phones save those as PNG).
  ['picket.png', PNG, undefined, 'screenshot'],
  ['IMG_0001.png', PNG, camera, 'photo'],
  // A PDF is never a photograph, whatever its name says; audio and video by type.
  ['IMG_0001.pdf', PDF, undefined, 'other'],
  ['WhatsApp Image 2023.pdf', PDF, undefined, 'other'],
  ['photo.pdf', PDF, undefined, 'other'],
  ['order.pdf', PDF, undefined, 'other'],
  ['notes.txt', 'text/plain', undefined, 'other'],
  ['postanovlenie.mp3', 'audio/mpeg', undefined, 'audio'],
  ['допрос.mp4', 'video/mp4', undefined, 'video'],
];

describe('guessing the kind of an imported file', () => {
  it.each(cases)('%s (%s) is %s → %s', (originalName, mediaType, image, kind) => {
    expect(guessKind({ originalName, mediaType, image })).toBe(kind);
  });
});

describe('image hints', () => {
  it('reads the camera make and model from a real JPEG, in both byte orders, and nothing from one without EXIF', async () => {
    const dir = await tempDir();
    const base = sharp({ create: { width: 32, height: 24, channels: 3, background: '#808080' } });
    const photo = path.join(dir, 'photo.jpg');
    await writeFile(photo, await base.clone().withExif({ IFD0: { Make: 'Apple', Model: 'iPhone 12' } }).jpeg().toBuffer());
    expect(await readImageHints(await readFile(photo))).toMatchObject({ cameraMake: 'Apple', cameraModel: 'iPhone 12' });

    const bare = path.join(dir, 'bare.png');
    await writeFile(bare, await base.clone().png().toBuffer());
    const hints = await readImageHints(await readFile(bare));
    expect(hints?.cameraMake).toBeUndefined();
    expect(hints?.cameraModel).toBeUndefined();

    // Big-endian TIFF header ("MM"), as many cameras write it: Make "Nikon" (6 bytes, at an offset), Model "D5" (in the entry).
    const ifd = Buffer.alloc(2 + 2 * 12 + 4);
    ifd.writeUInt16BE(2, 0);
    ifd.writeUInt16BE(0x010f, 2);
    ifd.writeUInt16BE(2, 4);
    ifd.writeUInt32BE(6, 6);
    ifd.writeUInt32BE(8 + ifd.length, 10);
    ifd.writeUInt16BE(0x0110, 14);
    ifd.writeUInt16BE(2, 16);
    ifd.writeUInt32BE(3, 18);
    ifd.write('D5\0', 22, 'latin1');
    const exif = Buffer.concat([Buffer.from('Exif\0\0MM\0\x2a\0\0\0\x08', 'latin1'), ifd, Buffer.from('Nikon\0', 'latin1')]);
    expect(cameraFromExif(exif)).toEqual({ cameraMake: 'Nikon', cameraModel: 'D5' });
    expect(cameraFromExif(Buffer.from('Exif\0\0junk', 'latin1'))).toEqual({});
  });

  it('says nothing, without failing, for a file that is not an image', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'not-an-image.jpg');
    await writeFile(file, 'plain text');
    expect(await readImageHints(await readFile(file))).toBeUndefined();
  });
});
