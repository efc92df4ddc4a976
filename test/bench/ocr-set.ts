// The OCR benchmark's pages (issue 14): Russian and Kazakh legal text (Kazakh with all of
// ә ғ қ ң ө ұ ү һ і) and English, typeset in the app's Noto Sans on A4, rendered at 300 dpi by
// PDFium, each page clean (a PNG) and noisy as a scan is (grain and dust, a tilt of 0.5–1.5°,
// JPEG at quality 60). The wording is this project's own and fictional. Every page is written to
// `dir` as a file, so the `tesseract` command reads exactly the pages the reader reads.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scanPage, typesetPdf, type Scan } from '../support/text-pages.js';

export type OcrLanguage = 'rus' | 'kaz' | 'eng';

export interface OcrPage {
  language: OcrLanguage;
  noisy: boolean;
  file: string;
  mediaType: Scan['mediaType'];
  /** The text drawn, lines joined by spaces. */
  reference: string;
}

const paragraphs: Record<OcrLanguage, string[]> = {
  rus: [
    'ПОСТАНОВЛЕНИЕ о возбуждении уголовного дела и принятии его к производству. Следователь следственного отдела по Ленинскому району, рассмотрев сообщение о преступлении, зарегистрированное в книге учёта за № 1247, установил следующее.',
    'Гражданин Токарев Иван Сергеевич, 1991 года рождения, в период с 3 по 17 марта 2023 года разместил в открытом доступе в сети Интернет публикации, содержащие, по мнению следствия, заведомо ложную информацию об использовании Вооружённых Сил Российской Федерации.',
    'В действиях Токарева И. С. усматриваются признаки преступления, предусмотренного пунктом «д» части 2 статьи 207.3 Уголовного кодекса Российской Федерации. Поводом для возбуждения уголовного дела послужил рапорт оперуполномоченного от 20 марта 2023 года.',
    'На основании изложенного и руководствуясь статьями 140, 145 и 146 Уголовно-процессуального кодекса, постановил: возбудить уголовное дело в отношении Токарева Ивана Сергеевича; копию настоящего постановления направить прокурору района.',
    'Подозреваемый объявлен в федеральный и межгосударственный розыск. Мера пресечения избрана в виде заключения под стражу сроком на два месяца с момента задержания либо экстрадиции на территорию Российской Федерации.',
    'Настоящее постановление может быть обжаловано руководителю следственного органа, прокурору или в суд в порядке, установленном главой 16 Уголовно-процессуального кодекса Российской Федерации.',
  ],
  kaz: [
    'Қазақстан Республикасы Бас прокуратурасының шешімі. Ресей Федерациясының азаматы Сәрсенбаева Әлия Нұрланқызына қатысты экстрадиция туралы өтінішті қарап, мына жағдайлар анықталды.',
    'Ізделуші адам 2023 жылғы 14 қыркүйекте Алматы қаласының әуежайында құжаттарды тексеру кезінде ұсталды. Ол өзінің саяси көзқарастары үшін қудалауға ұшырағанын және босқын мәртебесін сұрағанын мәлімдеді.',
    'Ішкі істер органдарының мәліметі бойынша, өтініш берушінің туыстары Қарағанды облысында тұрады. Үкіметтің көші-қон қызметі оның өтінішін қарауды әлі аяқтаған жоқ, сондықтан ұстап беру мәселесі шешілмеген.',
    'Қорғаушы сотқа азаптау қаупі туралы дәлелдер ұсынды: халықаралық ұйымдардың баяндамалары, куәгерлердің жауаптары және медициналық қорытынды. Һәм де адвокат шағым беру мерзімін ұзартуды сұрады.',
    'Сот отырысы ашық өтті, тараптардың дәлелдері толық тыңдалды. Ұлттық заңнама мен халықаралық шарттардың ережелері ескеріліп, іс қосымша тексеруге жіберілді.',
    'Шешімге он бес күн ішінде жоғары тұрған сотқа шағым берілуі мүмкін. Өтініш беруші мен оның қорғаушысына шешімнің көшірмесі қазақ және орыс тілдерінде табыс етілді.',
  ],
  eng: [
    'DECISION on the request for interim measures. The applicant, a national of the Russian Federation, was detained at the airport on 14 September 2023 during a routine document check and has applied for asylum in the host country.',
    'The applicant submits that his extradition would expose him to a real risk of torture and ill-treatment, contrary to Article 3 of the Convention against Torture, because he is prosecuted for his public statements against the war.',
    'The criminal case against him was opened under Article 207.3 of the Criminal Code, and he was placed on the interstate wanted list. His appeal against the refusal of refugee status is still pending before the regional court.',
    'Counsel provided medical reports, the statements of two witnesses and recent country information showing that persons returned in similar circumstances were held incommunicado and subjected to pressure to confess.',
    'Having regard to the information before it, the Committee requests the State party not to extradite the applicant while his communication is under consideration, and to inform the Committee of the measures taken within thirty days.',
    'The State party is invited to submit its observations on admissibility and merits within six months. Any further submission by counsel should reach the secretariat no later than two months after those observations.',
  ],
};

/** Four paragraphs a page, a different four on each, so no two pages of a language are the same. */
function pageParagraphs(language: OcrLanguage, index: number): string[] {
  const all = paragraphs[language];
  return [0, 1, 2, 3].map((offset) => all[(index + offset) % all.length]!);
}

/** `perLanguage` pages of each language, each clean and noisy, written to `dir`. */
export async function generateOcrSet(dir: string, perLanguage: number): Promise<OcrPage[]> {
  const pages: OcrPage[] = [];
  for (const language of ['rus', 'kaz', 'eng'] as const) {
    for (let index = 0; index < perLanguage; index++) {
      const typeset = await typesetPdf([pageParagraphs(language, index)]);
      const reference = typeset.pageLines[0]!.join(' ');
      for (const noisy of [false, true]) {
        // Tilts of ±0.5° to ±1.5°, alternating in direction.
        const tilt = (0.5 + ((index * 0.37 + (language === 'kaz' ? 0.5 : language === 'eng' ? 0.25 : 0)) % 1)) * (index % 2 === 0 ? 1 : -1);
        const scan = await scanPage(typeset.bytes, 0, { noisy, tiltDegrees: tilt, seed: index * 31 + language.charCodeAt(0) });
        const file = path.join(dir, `${language}-${index + 1}-${noisy ? 'noisy.jpg' : 'clean.png'}`);
        await writeFile(file, scan.bytes);
        pages.push({ language, noisy, file, mediaType: scan.mediaType, reference });
      }
    }
  }
  return pages;
}
