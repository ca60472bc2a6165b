import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      // CRLF ends the row.
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

describe('CSV cells', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Russia')).toBe('Russia');
    expect(csvCell(1440000000)).toBe('1440000000');
    expect(csvCell(17.5)).toBe('17.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Moscow, Beijing')).toBe('"Moscow, Beijing"');
    expect(csvCell('the "pivot"')).toBe('"the ""pivot"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('turns text a spreadsheet would run as a formula into plain text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    expect(csvCell('+1+1')).toBe('"\'+1+1"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    // Only a leading sign is dangerous; numbers stay numbers.
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('CSV files', () => {
  it('starts with a byte-order mark, ends lines with CRLF and reads back cell for cell', () => {
    const rows = [
      ['rus-mmr', 'Russia → Myanmar, arms', 'He said "no"\nthen left', 1440000000],
      ['x', "=cmd|' /C calc'!A0", '', null],
    ];
    const text = toCsv(['id', 'title', 'quote', 'amount'], rows);
    expect(text.startsWith('\uFEFFid,title,quote,amount\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['id', 'title', 'quote', 'amount'],
      ['rus-mmr', 'Russia → Myanmar, arms', 'He said "no"\nthen left', '1440000000'],
      ['x', "'=cmd|' /C calc'!A0", '', ''],
    ]);
  });
});
