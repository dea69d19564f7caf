/**
 * Spreadsheet files made in the tests, laid out as LibreOffice Calc and Excel write them: an `.ods` is a ZIP
 * whose first entry is its `mimetype`, stored, then `content.xml` holding `table:table` elements; an `.xlsx`
 * a ZIP of parts named by `[Content_Types].xml` and the workbook's relationships.
 */
import { strToU8, zipSync } from 'fflate'

const OFFICE_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'

/** An `.ods` of the given tables: `body` is what goes inside `office:spreadsheet` (the `table:table` elements). */
export function odsFile(body: string, extra: Record<string, string> = {}): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${OFFICE_NS} office:version="1.3"><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(extra.manifest ?? '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
  })
}

/** A LibreOffice table: its rows, then the empty columns and rows Calc writes after the last cell used. */
export function odsTable(name: string, rows: (string | { cells: string; repeat: number })[]): string {
  return (
    `<table:table table:name="${name}"><table:table-column table:number-columns-repeated="1024"/>` +
    rows
      .map((row) => {
        const { cells, repeat } = typeof row === 'string' ? { cells: row, repeat: 1 } : row
        return `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>`
      })
      .join('') +
    '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>'
  )
}

/** A text cell as Calc writes it. */
export const odsText = (text: string): string => `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${text}</text:p></table:table-cell>`

/** An `.xlsx` of one sheet, `sheetData` being its rows, with the shared strings and styles given. */
export function xlsxFile(sheetData: string, options: { strings?: string; styles?: string; workbookPr?: string; sheets?: string[] } = {}): Uint8Array {
  const sheets = options.sheets ?? ['Feuil1']
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${ns}>${options.workbookPr ?? ''}<sheets>${sheets.map((s, k) => `<sheet name="${s}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, k) => `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  }
  sheets.forEach((_, k) => {
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${ns}><sheetData>${k === 0 ? sheetData : ''}</sheetData></worksheet>`)
  })
  if (options.strings !== undefined) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst ${ns}>${options.strings}</sst>`)
  if (options.styles !== undefined) files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><styleSheet ${ns}>${options.styles}</styleSheet>`)
  return zipSync(files)
}
