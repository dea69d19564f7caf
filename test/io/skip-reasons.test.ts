import { describe, expect, it } from 'vitest'
import { formatReaderIssue, formatSkipReason, parseClientList, parseCsvIncidents } from '../../src/io/index.js'

// Words that only an English sentence holds: none may be left in a French reason.
const ENGLISH = /\b(is|the|must|has|but|field|empty|already|give|names|more than|one row|quote it|never closed|not an amount)\b/

describe('skip reasons in French', () => {
  it('words every reason of the client list from its code, with the row’s own figures', () => {
    const text = [
      'element;fee;currency;name',
      'vps-01;9,99;EUR;Alice', // 2: kept
      ';5;EUR;Bob', // 3: no element
      'vps-02 vps-03;5;EUR;Carol', // 4: two elements
      'vps-04;;EUR;Dan', // 5: a currency without a fee
      'vps-05;neuf;EUR;Eve', // 6: not an amount
      'vps-06;5;;Fay', // 7: no currency
      'vps-07;5;ZZZ;Gus', // 8: not a currency
      'vps-01;5;EUR;Hal', // 9: billed already on line 2
    ].join('\n')
    const { clients, skipped } = parseClientList(text)
    expect(clients.map((c) => c.id)).toEqual(['vps-01'])
    const fr = skipped.map((r) => formatReaderIssue(r, 'fr'))
    expect(fr).toEqual([
      'ligne 3\u00a0: element\u00a0: est vide\u00a0; chaque ligne nomme l’élément facturé (valeur reçue\u00a0: "")',
      'ligne 4\u00a0: element\u00a0: "vps-02 vps-03" nomme plusieurs éléments\u00a0; donnez à chacun sa ligne et son montant',
      'ligne 5\u00a0: fee\u00a0: est vide mais la devise est "EUR"\u00a0; donnez le montant, ou laissez les deux vides s’il n’est pas connu',
      'ligne 6\u00a0: fee\u00a0: "neuf" n’est pas un montant comme 9.99 ou 9,99',
      'ligne 7\u00a0: currency\u00a0: est vide\u00a0; donnez la devise du montant 5, par exemple EUR',
      'ligne 8\u00a0: currency\u00a0: "ZZZ" n’est pas un code ISO 4217 comme EUR',
      'ligne 9\u00a0: element\u00a0: «\u00a0vps-01\u00a0» est déjà facturé (ligne 2)\u00a0; une ligne par élément',
    ])
    for (const line of fr) expect(line).not.toMatch(ENGLISH)
    // English stays the reason as written.
    expect(skipped.map((r) => formatSkipReason(r, 'en'))).toEqual(skipped.map((r) => r.reason))
    expect(formatReaderIssue(skipped[3]!)).toBe('line 6: fee: "neuf" is not an amount such as 9.99 or 9,99')
  })

  it('words the CSV incident reader’s row problems: an empty row, a count of fields, a quote never closed', () => {
    const text = 'id;start;end\na;2026-03-02T10:00:00Z;2026-03-02T11:00:00Z\n;;\nb;2026-03-02T10:00:00Z;x;y\nc;2026-03-02T10:00:00Z;"never\n'
    const { skipped } = parseCsvIncidents(text)
    expect(skipped.map((r) => formatReaderIssue(r, 'fr'))).toEqual([
      'ligne 3\u00a0: est vide',
      'ligne 4\u00a0: compte 4 champs alors que l’en-tête en compte 3 (un ";" dans un champ sans guillemets\u00a0? mettez-le entre guillemets)',
      'ligne 5\u00a0: un champ entre guillemets de la ligne n’est jamais fermé\u00a0: la suite du fichier ne peut pas être lue (fermez le guillemet, ou doublez un guillemet à l’intérieur d’un champ entre guillemets\u00a0: "")',
    ])
  })
})
