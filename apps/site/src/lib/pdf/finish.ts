/**
 * Makes Chromium's PDF the edition: the document information a reader's catalogue shows, links to
 * the site that work outside the local server, and no trace of when it was printed. Chromium writes
 * the print time as its dates and a random file ID; the same commit must yield the same bytes, so
 * the dates become the data release's and the ID a hash of the content.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';

export interface EditionInfo {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** BCP 47 language of the text. */
  language: string;
  /** Date of the data release the report was built from: the file's creation and modification date. */
  date: Date;
  /** The document's headings as the page has them (see `repairOutline`). */
  headings: readonly string[];
  /** What a link to the local server becomes; `undefined` leaves it as Chromium wrote it. */
  relink: (uri: string) => string | undefined;
}

/** Every link annotation of the document. */
function linkAnnotations(doc: PDFDocument): PDFDict[] {
  const links: PDFDict[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots?.lookupMaybe(i, PDFDict);
      if (annot?.get(PDFName.of('Subtype')) === PDFName.of('Link')) links.push(annot);
    }
  }
  return links;
}

/**
 * PDF/UA asks every link annotation for a description (/Contents), which Chromium leaves out: a
 * note's number, a section's name, or the address a link opens.
 */
function describeLinks(doc: PDFDocument): void {
  const text = (value: unknown) =>
    value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
  for (const link of linkAnnotations(doc)) {
    if (link.get(PDFName.of('Contents'))) continue;
    const uri = text(link.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI')));
    const dest = link.lookup(PDFName.of('Dest'));
    const target = dest instanceof PDFName ? dest.decodeText() : text(dest);
    const note = /^notes-(\d+)$/.exec(target ?? '');
    const description = uri
      ? `Link to ${uri}`
      : note
        ? `Note ${note[1]}`
        : target
          ? `Link to section ${target.replace(/-/g, ' ')}`
          : undefined;
    if (description) link.set(PDFName.of('Contents'), PDFHexString.fromText(description));
  }
}

/**
 * XMP metadata with the title and language (PDF/UA asks for it; Chromium writes none), the same
 * facts as the document information dictionary.
 */
function addXmp(doc: PDFDocument, info: EditionInfo): void {
  const xml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const date = info.date.toISOString();
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <pdf:Keywords>${xml(info.keywords.join(', '))}</pdf:Keywords>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = doc.context.stream(new TextEncoder().encode(xmp), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/**
 * Structure types that PDF 1.7 does not define, which Chromium may still write (from HTML's
 * <strong>, <em> and the like), mapped to the standard type a reader should treat them as.
 */
function mapRoles(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const [from, to] of [
    ['Strong', 'Span'],
    ['Em', 'Span'],
    ['Title', 'H1'],
    ['Aside', 'Div'],
  ] as const) {
    if (!map.get(PDFName.of(from))) map.set(PDFName.of(from), PDFName.of(to));
  }
  root.set(PDFName.of('RoleMap'), map);
}

/** Every link annotation's URI action in the document. */
function uriActions(doc: PDFDocument): PDFDict[] {
  const actions: PDFDict[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots?.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      if (action?.get(PDFName.of('URI'))) actions.push(action);
    }
  }
  return actions;
}

/**
 * Chromium names the structure elements that table cells point to (`/ID`, `/Headers`) after the
 * page's internal node numbers, which differ from run to run. Renumbers them 1, 2, 3 … in their
 * order, which is the document's; the width stays, so the ID tree's sorting holds.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const slots: Array<{ name: string; set: (value: PDFString) => void }> = [];
  const visit = (object: unknown, set: (value: PDFString) => void) => {
    if (object instanceof PDFString && /^node\d+$/.test(object.asString())) {
      slots.push({ name: object.asString(), set });
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) visit(value, (v) => object.set(key, v));
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) visit(object.get(i), (v) => object.set(i, v));
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object, () => undefined);
  const order = [...new Set(slots.map((slot) => slot.name))].sort();
  const renamed = new Map(
    order.map((name, i) => [name, `node${String(i + 1).padStart(name.length - 4, '0')}`]),
  );
  for (const slot of slots) slot.set(PDFString.of(renamed.get(slot.name) as string));
}

/**
 * Chromium titles a bookmark with its heading's text as laid out, losing the space where the
 * heading wraps ("role inEuropean") and in the case it is set in (a figure's kicker, "FIGURE 7").
 * Gives each bookmark the text of the heading it matches when spaces and case are ignored.
 */
function repairOutline(doc: PDFDocument, headings: readonly string[]): void {
  const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const byLetters = new Map(headings.map((h) => [squeeze(h), h]));
  const visit = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const heading = byLetters.get(squeeze(title.decodeText()));
        if (heading !== undefined) node.set(PDFName.of('Title'), PDFHexString.fromText(heading));
      }
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}

export async function finishPdf(raw: Uint8Array, info: EditionInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setAuthor(info.author);
  doc.setKeywords(info.keywords);
  doc.setLanguage(info.language);
  // A reader's document properties show this: the publisher's name, not the package's.
  doc.setCreator('UA Drones, set with Paged.js and printed by Chromium');
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  renumberStructureIds(doc);
  repairOutline(doc, info.headings);
  mapRoles(doc);
  addXmp(doc, info);
  for (const action of uriActions(doc)) {
    const uri = action.lookup(PDFName.of('URI'));
    if (!(uri instanceof PDFString || uri instanceof PDFHexString)) continue;
    const relinked = info.relink(uri.decodeText());
    if (relinked !== undefined) action.set(PDFName.of('URI'), PDFString.of(relinked));
  }
  // After relinking: a description names the public address, never the local server's.
  describeLinks(doc);
  // The file ID (two identical hashes for a file never edited) is derived from the content.
  doc.context.trailerInfo.ID = undefined;
  const withoutId = await doc.save({ useObjectStreams: true });
  const id = PDFHexString.of(createHash('md5').update(withoutId).digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: true });
}
