import { describe, expect, it } from 'vitest'
import { SKIP_REASONS_EN } from '../../src/io/skipped.js'
import { CAUSE_SYNONYMS_FR, IMPACT_SYNONYMS_FR, SKIP_REASONS_FR } from '../../src/messages/fr-io.js'
import { parseHeartbeats, parsePrometheusRange } from '../../src/io/index.js'
import { formatReaderIssue, formatSkipReason, parseClientList, parseCsvIncidents, parseIncidentsJson, parseIncidentsYaml, parseTicketEventLog, readCsvIncidents } from '../../src/io/index.js'

// Words that only an English sentence holds: none may be left in a French reason.
const ENGLISH = /\b(is|the|must|has|but|field|empty|already|give|names|more than|one row|quote it|never closed|not an amount)\b/

// The marker words the command line's French is checked with: `\b` above would find "but" in "début".
const MARKERS = [' the ', ' is ', ' must ', ' not ', ' with ', ' and ', ' give ', ' cannot ', ' unknown ', ' of ', ' or ', ' got ', ' has ', ' but ', ' names ', ' empty ', ' line ', ' row ', 'skipped', ' are ', ' bytes', 'expected ', 'unexpected', 'neither', ' nor ', ' allowed', ' missing ']
const markers = (text: string) => MARKERS.filter((w) => ` ${text.toLowerCase().replace(/\s+/g, ' ')} `.includes(w))

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

  it('says a date in the same wrong form a second time in a row briefly, its hint given once', () => {
    const { skipped } = parseCsvIncidents('id;début;fin\na;02/03/2026 10:00;02/03/2026 11:30\n')
    expect(skipped.map((r) => formatReaderIssue(r))).toEqual([
      `line 2: start: "02/03/2026 10:00" is not an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00+01:00"; for another format give options dateFormat (e.g. 'dd/MM/yyyy HH:mm') and timeZone (e.g. 'Europe/Paris'); end: "02/03/2026 11:30" is not one either`,
    ])
    expect(formatReaderIssue(skipped[0]!, 'fr')).toMatch(/^ligne 2\u00a0: début\u00a0: "02\/03\/2026 10:00" n’est pas un instant ISO 8601 avec décalage, .* --dates-time-zone Europe\/Paris\u00a0; fin\u00a0: "02\/03\/2026 11:30" non plus$/)
    // Without a zone, local ISO times have no offset: said once too.
    const local = parseCsvIncidents('start,end\n2026-03-02 10:00,2026-03-02 11:00\n')
    expect(local.skipped[0]!.reason).toMatch(/; end: "2026-03-02 11:00" has none either$/)
    expect(formatReaderIssue(local.skipped[0]!, 'fr')).toMatch(/\u00a0; end\u00a0: "2026-03-02 11:00" non plus$/)
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

  it('words a heartbeat that is not one, whatever it is', () => {
    const r = parseHeartbeats({ heartbeats: ['x', [1, 2, 3], 7] } as never, { pending: 'down', gap: 'unknown' })
    expect(r.skipped.map((row) => [row.code, formatReaderIssue(row, 'fr')])).toEqual([
      ['hb-not-beat', 'heartbeats[0]\u00a0: doit être un battement { time, status } ou [time, status] (valeur reçue\u00a0: "x")'],
      ['hb-not-beat', 'heartbeats[1]\u00a0: doit être un battement { time, status } ou [time, status] (valeur reçue\u00a0: une liste de 3 éléments)'],
      ['hb-not-beat', 'heartbeats[2]\u00a0: doit être un battement { time, status } ou [time, status] (valeur reçue\u00a0: 7)'],
    ])
    expect(r.skipped[1]!.reason).toBe('must be a heartbeat { time, status } or [time, status] (got a list of 3 items)')
  })

  it('words a record too long for the reader, from the text or from a stream', async () => {
    // Line 2 holds a field of a million and one characters: it and the rest of the file are left out.
    const text = `id;start\na;${'x'.repeat(1_000_001)}\nb;2026-03-02T10:00:00Z\n`
    const french =
      'ligne 2\u00a0: fait plus de 1\u202f000\u202f000 octets, le plus qu’une ligne CSV puisse contenir\u00a0: ni elle ni la suite du fichier ne peuvent être lues (est-ce le bon fichier\u00a0? un guillemet ouvert qui avale les lignes suivantes\u00a0?)'
    for (const { skipped, incidents } of [parseCsvIncidents(text), await readCsvIncidents([text])]) {
      expect(incidents).toEqual([])
      expect(skipped.map((r) => [r.code, formatReaderIssue(r, 'fr')])).toEqual([['record-too-large', french]])
      expect(markers(formatReaderIssue(skipped[0]!, 'fr'))).toEqual([])
    }
  })

  it('words every problem of a cell, naming the column as the file’s header does, all of a row’s problems in one line', () => {
    const text = [
      'id;début;fin;éléments;impact;cause',
      'a;;02/03/2026 12:00;vps-1;;', // 2: no start
      'b;02/03/2026 10:00;01/03/2026 12:00;,;panique;météo', // 3: four bad cells
      'c;demain;;;;', // 4: not in the format
      'e;29/03/2026 02:30;;;;', // 5: skipped by the clocks
      'f;25/10/2026 02:30;;;;', // 6: twice
      'g;0000-01-01T00:00:00Z;;;;', // 7: before year 1
    ].join('\n')
    const { skipped } = parseCsvIncidents(text, { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' })
    const fr = skipped.map((r) => formatReaderIssue(r, 'fr'))
    expect(fr).toEqual([
      'ligne 2\u00a0: début\u00a0: est vide',
      // 02/03/2026 10:00 in Paris (UTC+1) is 09:00Z.
      'ligne 3\u00a0: fin\u00a0: est avant le début (2026-03-02T09:00:00Z)\u00a0; éléments\u00a0: "," ne nomme aucun élément\u00a0; laissez la case vide pour tous les éléments\u00a0; ' +
        `impact\u00a0: doit être l’une des valeurs outage, partial, degraded ou un de leurs synonymes (valeur reçue\u00a0: "panique")\u00a0: ${IMPACT_SYNONYMS_FR}\u00a0; ` +
        `cause\u00a0: doit être l’une des valeurs unplanned, maintenance, customer, force-majeure, third-party ou un de leurs synonymes (valeur reçue\u00a0: "météo")\u00a0: ${CAUSE_SYNONYMS_FR}`,
      'ligne 4\u00a0: début\u00a0: "demain" n’est ni un instant ISO 8601 ni une date au format \'dd/MM/yyyy HH:mm\'',
      'ligne 5\u00a0: début\u00a0: "29/03/2026 02:30" n’existe pas dans le fuseau Europe/Paris (les horloges sautent cette heure)',
      'ligne 6\u00a0: début\u00a0: "25/10/2026 02:30" se produit deux fois dans le fuseau Europe/Paris (les horloges reculent)\u00a0: écrivez-la avec son décalage (+01:00, +02:00), ' +
        'ou choisissez la première ou la seconde avec l’option ambiguousTime \'earlier\' ou \'later\' (en ligne de commande\u00a0: --ambiguous-time earlier ou later)',
      'ligne 7\u00a0: début\u00a0: "0000-01-01T00:00:00Z" est hors des dates possibles\u00a0: les instants vont des années 1 à 9999',
    ])
    for (const line of fr) expect(markers(line), line).toEqual([])
    // The English reason names the column as the reader knows it, each problem after the other.
    expect(skipped[1]!.reason).toBe(
      'end: is before start (2026-03-02T09:00:00Z); elements: "," names no element; leave the cell empty for every element; ' +
        'impact: must be one of outage, partial, degraded, or a synonym such as "panne" (see IMPACT_WORDS) (got "panique"); ' +
        'cause: must be one of unplanned, maintenance, customer, force-majeure, third-party, or a synonym such as "maintenance programmée" (see CAUSE_WORDS) (got "météo")',
    )
    expect(skipped.map((r) => formatSkipReason(r, 'en'))).toEqual(skipped.map((r) => r.reason))
  })

  it('tells how to read dates written otherwise, with the library’s options and the command line’s flags', () => {
    const { skipped } = parseCsvIncidents('start\n2026-03-02 10:00\n02/03/2026\n')
    expect(skipped.map((r) => formatReaderIssue(r, 'fr'))).toEqual([
      'ligne 2\u00a0: start\u00a0: "2026-03-02 10:00" n’a pas de décalage UTC\u00a0: écrivez-le («\u00a0…Z\u00a0», «\u00a0…+01:00\u00a0») ou donnez le fuseau, option timeZone, par exemple \'Europe/Paris\' (en ligne de commande\u00a0: --dates-time-zone Europe/Paris)',
      'ligne 3\u00a0: start\u00a0: "02/03/2026" n’est pas un instant ISO 8601 avec décalage, comme "2026-03-02T10:00:00+01:00"\u00a0; pour une autre écriture, donnez les options dateFormat (par exemple \'dd/MM/yyyy HH:mm\') et timeZone (par exemple \'Europe/Paris\')\u00a0; en ligne de commande\u00a0: --date-format \'dd/MM/yyyy HH:mm\' --dates-time-zone Europe/Paris',
    ])
    expect(skipped[0]!.reason).toBe('start: "2026-03-02 10:00" has no UTC offset: write it with one ("…Z", "…+01:00") or give option timeZone, e.g. \'Europe/Paris\'')
  })

  it('words the event log’s empty and unreadable cells', () => {
    const { skipped } = parseTicketEventLog('ticket;at;status\n;2026-03-02T10:00:00Z;new\n1;2026-03-02T10:00:00Z;\n2;hier;new\n')
    expect(skipped.map((r) => formatReaderIssue(r, 'fr'))).toEqual([
      'ligne 2\u00a0: ticket\u00a0: est vide',
      'ligne 3\u00a0: status\u00a0: est vide',
      'ligne 4\u00a0: at\u00a0: "hier" n’est pas un instant ISO 8601 avec décalage, comme "2026-03-02T10:00:00+01:00"\u00a0; pour une autre écriture, donnez les options dateFormat (par exemple \'dd/MM/yyyy HH:mm\') et timeZone (par exemple \'Europe/Paris\')\u00a0; en ligne de commande\u00a0: --date-format \'dd/MM/yyyy HH:mm\' --dates-time-zone Europe/Paris',
    ])
    expect(skipped.map((r) => r.reason)).toEqual(['ticket: is empty', 'status: is empty', expect.stringMatching(/^at: "hier" is not an ISO-8601 instant/)])
  })

  it('words the problems of a YAML or JSON incident, each with its path, from the codes of the library', () => {
    const yaml = parseIncidentsYaml('incidents:\n  - start: hier\n    impact: total\n  - start: 2026-03-02T10:00:00Z\n    end: 2026-03-01T10:00:00Z\n')
    expect(yaml.skipped.map((r) => formatReaderIssue(r, 'fr'))).toEqual([
      'ligne 2\u00a0: incidents[0].start\u00a0: doit être un instant ISO 8601 avec son décalage horaire, comme "2026-03-02T10:00:00Z" (valeur reçue\u00a0: "hier")\u00a0; incidents[0].impact\u00a0: doit être l’une des valeurs outage, partial, degraded (valeur reçue\u00a0: "total")',
      'ligne 4\u00a0: incidents[1].end\u00a0: est avant le début (2026-03-02T10:00:00Z)',
    ])
    expect(yaml.skipped[1]!.reason).toBe('incidents[1].end: is before start (2026-03-02T10:00:00Z)')
    const json = parseIncidentsJson('[{"start":"2026-03-02T10:00:00Z","elements":[]}]')
    expect(json.skipped.map((r) => formatSkipReason(r, 'fr'))).toEqual(['[0].elements\u00a0: doit nommer au moins un élément, ou être absent pour viser tous les éléments (liste vide reçue)'])
    for (const r of [...yaml.skipped, ...json.skipped]) expect(markers(formatSkipReason(r, 'fr'))).toEqual([])
  })

  it('has a French wording for every code a reader words in English, the two different', () => {
    const sample = { got: '"x"', label: 'incident 7', field: 'f', value: 'v', start: 's', time: 't', other: 'o', element: 'e', status: 's', since: 's', resolved: 'r', created: 'c', impact: 'i', known: 'k', labels: 'l', desk: 'd', expected: 'e', ticket: 't' }
    expect(Object.keys(SKIP_REASONS_EN).filter((code) => SKIP_REASONS_FR[code] === undefined)).toEqual([])
    for (const [code, english] of Object.entries(SKIP_REASONS_EN)) {
      const french = SKIP_REASONS_FR[code]!(sample)
      expect(french, code).not.toBe(english(sample))
      expect(markers(french), `${code}: ${french}`).toEqual([])
    }
  })

  it('words what the Prometheus reader leaves out', () => {
    const text = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [] }, { metric: { instance: 'a' }, values: [[1, '2'], ['x', '1'], 5, [60, '1']] }, 7] } })
    const { skipped } = parsePrometheusRange(text)
    expect(skipped.map((r) => formatReaderIssue(r, 'fr'))).toEqual([
      'data.result[0]\u00a0: n’a pas d’étiquette "instance" pour nommer son élément (étiquettes\u00a0: aucune)',
      'data.result[1].values[0]\u00a0: la valeur doit être "1" (en service) ou "0" (en panne) (valeur reçue\u00a0: "2")',
      'data.result[1].values[1]\u00a0: l’instant doit être un temps Unix en secondes (valeur reçue\u00a0: "x")',
      'data.result[1].values[2]\u00a0: doit être une paire [instant, valeur]',
      'data.result[2]\u00a0: doit être une série { metric: { … }, values: [[instant, valeur], …] }',
      // One sample left: no step to infer.
      'data.result[1]\u00a0: le pas ne peut pas se déduire d’échantillons isolés\u00a0: donnez l’option step, par exemple "60s"',
    ])
    expect(skipped[0]!.reason).toBe('has no label "instance" to name its element (labels: none)')
  })
})
