/**
 * Bytes of one file → its article text, by format: one importer per format, chosen by the file's
 * extension and checked against its first bytes (a PDF renamed .txt is still read as a PDF).
 */
import { importDocx } from './docx';
import { importHtml } from './html';
import { importPdf } from './pdf';
import { importMarkdown, importText } from './text';
import { ImportError, type Extracted } from './types';

export { ImportError, type Extracted, type FoundMetadata, type ImportFormat } from './types';

export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'] as const;

const startsWith = (bytes: Uint8Array, text: string) =>
  bytes.length >= text.length && [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  if (bytes.length === 0) throw new ImportError(`${fileName} is empty.`);
  const ext = /\.[^.\\/]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (startsWith(bytes, '%PDF-')) return importPdf(bytes, fileName);
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (ext === '.docx') return importDocx(bytes, fileName);
    throw new ImportError(
      `${fileName} is a zip archive; Standpoint imports Word documents (.docx) but not other archives.`,
    );
  }
  switch (ext) {
    case '.txt':
    case '':
      return importText(bytes, fileName);
    case '.md':
    case '.markdown':
      return importMarkdown(bytes, fileName);
    case '.html':
    case '.htm':
    case '.xhtml':
      return importHtml(bytes, fileName);
    case '.pdf':
      throw new ImportError(`${fileName} is named .pdf but is not a PDF (it does not start with %PDF-).`);
    case '.docx':
      throw new ImportError(`${fileName} is named .docx but is not a Word document (it is not a zip file).`);
    case '.doc':
      throw new ImportError(
        `${fileName} is an old Word document (.doc); save it as .docx or PDF and add that.`,
      );
    default:
      throw new ImportError(
        `${fileName}: Standpoint cannot import ${ext} files; it imports ${IMPORTABLE_EXTENSIONS.join(', ')}.`,
      );
  }
}
