/**
 * Word documents (.docx) with mammoth: the paragraphs' text, one per block. Title, author, date and
 * language come from docProps/core.xml. A .docx is a zip: its declared sizes are checked before
 * anything is inflated, so a zip bomb is refused instead of filling memory.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError, isoDate, tidyText, type Extracted, type FoundMetadata } from './types';

/** Larger than any article's document.xml with its images; smaller than a zip bomb. */
const MAX_UNCOMPRESSED = 200 * 1024 * 1024;

function coreField(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = m?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value || undefined;
}

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ImportError(`${fileName} is not a Word document (.docx): ${(error as Error).message}.`);
  }
  let total = 0;
  zip.forEach((_path, entry) => {
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (total > MAX_UNCOMPRESSED)
    throw new ImportError(
      `${fileName} would unpack to ${Math.round(total / 1024 / 1024)} MB, more than a document can hold; it was not opened.`,
    );
  if (!zip.file('word/document.xml'))
    throw new ImportError(`${fileName} is a zip file without word/document.xml: not a Word document.`);

  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const text = tidyText(result.value);
  if (!text) throw new ImportError(`${fileName} contains no text.`);
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .slice(0, 3)
    .map((m) => `Word document: ${m.message}`);

  const meta: FoundMetadata = {};
  const sources: Extracted['sources'] = {};
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core) {
    const found: FoundMetadata = {
      title: coreField(core, 'dc:title'),
      author: coreField(core, 'dc:creator'),
      published: isoDate(coreField(core, 'dcterms:created')),
      language: coreField(core, 'dc:language')?.split(/[-_]/)[0]?.toLowerCase(),
    };
    for (const [key, value] of Object.entries(found) as Array<[keyof FoundMetadata, string | undefined]>) {
      if (value) {
        meta[key] = value.slice(0, 300);
        sources[key] = 'the Word document’s properties';
      }
    }
  }
  return { format: 'docx', text, meta, sources, warnings };
}
