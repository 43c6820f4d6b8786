/**
 * Real files of each importable format, written in tests: a text PDF (built by hand: fonts,
 * content streams, a correct cross-reference table) and a .docx (a zip with the parts Word writes).
 */
import JSZip from 'jszip';

/** WinAnsi (the font's encoding) for the typographic characters articles use; Latin-1 for the rest. */
const WIN_ANSI: Record<string, string> = {
  '—': '\x97',
  '–': '\x96',
  '’': '\x92',
  '‘': '\x91',
  '“': '\x93',
  '”': '\x94',
  '…': '\x85',
};
const esc = (s: string) =>
  s
    .replace(/[—–’‘“”…]/g, (c) => WIN_ANSI[c]!)
    .replace(/\\/g, '\\\\')
    .replace(/\(/g, '\\(')
    .replace(/\)/g, '\\)');

/** A PDF whose pages hold the given lines (each page a list of paragraphs, wrapped at ~80 chars). */
export function makePdf(
  pages: string[][],
  info: { title?: string; author?: string; created?: string } = {},
): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const paragraphs of pages) {
    const lines: Array<string | null> = [];
    for (const p of paragraphs) {
      let line = '';
      for (const word of p.split(' ')) {
        if ((line + ' ' + word).length > 80 && line) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line, null);
    }
    let y = 760;
    const ops: string[] = ['BT', `/F${font} 11 Tf`];
    for (const line of lines) {
      if (line === null) {
        y -= 8; // paragraph gap
        continue;
      }
      ops.push(`1 0 0 1 56 ${y} Tm (${esc(line)}) Tj`);
      y -= 14;
    }
    ops.push('ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F${font} ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoEntries = [
    info.title ? `/Title (${esc(info.title)})` : '',
    info.author ? `/Author (${esc(info.author)})` : '',
    info.created ? `/CreationDate (D:${info.created.replace(/-/g, '')}120000Z)` : '',
  ].join(' ');
  const infoObj = add(`<< ${infoEntries} >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObj} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx with one paragraph per entry and the given core properties. */
export async function makeDocx(
  paragraphs: string[],
  core: { title?: string; creator?: string; created?: string; language?: string } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEsc(p)}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  const field = (tag: string, value: string | undefined, attrs = '') =>
    value ? `<${tag}${attrs}>${xmlEsc(value)}</${tag}>` : '';
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${field('dc:title', core.title)}${field('dc:creator', core.creator)}${field('dc:language', core.language)}${field('dcterms:created', core.created, ' xsi:type="dcterms:W3CDTF"')}</cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
