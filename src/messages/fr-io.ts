import type { IssueParams } from '../errors.js'
import { FRENCH } from './fr.js'
import { gotFr as got, s, type Wording } from './wording.js'

/** @internal The French words a spreadsheet may write for each impact, a few of IMPACT_WORDS; a test keeps them among them. */
export const IMPACT_SYNONYMS_FR = 'panne, coupure, interruption, indisponible, hors service = outage / partiel, panne partielle = partial / dégradé, performances dégradées = degraded'
/** @internal The same for the causes, a few of CAUSE_WORDS. */
export const CAUSE_SYNONYMS_FR =
  'imprévu, non planifié = unplanned / maintenance programmée, maintenance planifiée = maintenance / client, fait du client = customer / cas de force majeure = force-majeure / tiers, fournisseur, prestataire = third-party'

/** Every code a reader's skipped row can carry, worded in French (the English is the row's `reason`). */
export const SKIP_REASONS_FR: Readonly<Record<string, Wording>> = {
  'row-empty': () => 'est vide',
  cells: cellsFr,
  issues: issuesFr,
  'row-fields': (p) =>
    `compte ${s(p, 'fields')} champ${Number(p.fields) > 1 ? 's' : ''} alors que l’en-tête en compte ${s(p, 'width')}` +
    (Number(p.fields) > Number(p.width) ? ` (un ${s(p, 'delimiter')} dans un champ sans guillemets\u00a0? mettez-le entre guillemets)` : ''),
  'quote-not-closed': () =>
    'un champ entre guillemets de la ligne n’est jamais fermé\u00a0: la suite du fichier ne peut pas être lue (fermez le guillemet, ou doublez un guillemet à l’intérieur d’un champ entre guillemets\u00a0: "")',
  'record-too-large': (p) =>
    `fait plus de ${Number(p.max).toLocaleString('fr-FR')} octets, le plus qu’une ligne CSV puisse contenir\u00a0: ni elle ni la suite du fichier ne peuvent être lues (est-ce le bon fichier\u00a0? un guillemet ouvert qui avale les lignes suivantes\u00a0?)`,
  'client-element-empty': (p) => `element\u00a0: est vide\u00a0; chaque ligne nomme l’élément facturé (valeur reçue\u00a0: ${got(p)})`,
  'client-element-many': (p) => `element\u00a0: ${s(p, 'element')} nomme plusieurs éléments\u00a0; donnez à chacun sa ligne et son montant`,
  'client-text': (p) => `${s(p, 'key')}\u00a0: doit être du texte (valeur reçue\u00a0: ${got(p)})`,
  'client-fee-without-amount': (p) => `fee\u00a0: est vide mais la devise est ${s(p, 'currency')}\u00a0; donnez le montant, ou laissez les deux vides s’il n’est pas connu`,
  'client-fee-amount': (p) => `fee\u00a0: ${got(p)} n’est pas un montant comme 9.99 ou 9,99`,
  'client-fee-currency': (p) => `fee\u00a0: ${got(p)} est en ${s(p, 'written')} mais la devise indiquée est ${s(p, 'currency')}`,
  'client-currency-missing': (p) => `currency\u00a0: est vide\u00a0; donnez la devise du montant ${s(p, 'amount')}, par exemple EUR`,
  'client-currency-unknown': (p) => `currency\u00a0: ${got(p)} n’est pas un code ISO 4217 comme EUR`,
  'client-duplicate': (p) => `element\u00a0: «\u00a0${s(p, 'element')}\u00a0» est déjà facturé (${quotedFr(s(p, 'first'))})\u00a0; une ligne par élément`,
  'client-not-object': (p) => `doit être { element, fee, currency, service?, name?, from?, until? } (valeur reçue\u00a0: ${got(p)})`,
  'client-when': (p) =>
    `${s(p, 'key')}\u00a0: ${got(p)} n’est pas une date comme 2026-03-16 ni un instant comme 2026-03-16T08:00:00+01:00`,
  // The ticket readers (GLPI, ServiceNow).
  'missing-field': (p) => `${s(p, 'field')}\u00a0: vide ou «\u00a0?\u00a0»`,
  'bad-date': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas une date (${s(p, 'expected')})`,
  'bad-duration': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas une durée en secondes`,
  'unknown-status': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas un statut de ${s(p, 'desk')}`,
  'unknown-priority': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas une priorité de ${s(p, 'desk')}`,
  'not-an-object': () => 'n’est pas un ticket (un objet avec ses champs)',
  'no-opening': (p) => `ticket ${s(p, 'ticket')}\u00a0: aucune ligne ne dit quand il a été ouvert (${s(p, 'field')})`,
  'solved-without-date': (p) => `${s(p, 'field')}\u00a0: le ticket est ${s(p, 'status')} mais n’a ni date de résolution ni date de clôture`,
  // Statuspage: `label` is "incident ID "name"", the same in French.
  'sp-not-incident': (p) => `doit être un objet incident (valeur reçue\u00a0: ${got(p)})`,
  'sp-not-update': (p) => `doit être un objet de mise à jour (valeur reçue\u00a0: ${got(p)})`,
  'sp-update-time': (p) => `n’a ni ${s(p, 'time')} ni ${s(p, 'other')} valide\u00a0: ses changements de statut des composants sont laissés de côté`,
  'sp-change': () => 'doit être { code, name, old_status, new_status } avec un code ou un nom et un new_status',
  'sp-no-code': () => 'n’a pas de code, alors que l’option element vaut "id"',
  'sp-none-counts': (p) => `${s(p, 'label')} change le statut de composants, mais vers aucun statut qui compte (chaque période est opérationnelle, vide ou écartée plus haut)`,
  'sp-no-component': (p) => `${s(p, 'label')} ne change le statut d’aucun composant et n’en cite aucun\u00a0: selon les règles de Statuspage, il ne coûte de disponibilité à aucun composant`,
  'sp-no-outage': (p) => `${s(p, 'label')} ne change le statut d’aucun composant, et son impact ${s(p, 'impact')} ne compte pas comme une panne`,
  'sp-impact-unknown': (p) => `${s(p, 'label')} ne change le statut d’aucun composant, et son impact ${s(p, 'impact')} n’est pas dans la correspondance (connus\u00a0: ${s(p, 'known')})`,
  'sp-no-created': (p) => `${s(p, 'label')} ne change le statut d’aucun composant et n’a pas de created_at valide pour dater la panne de ses composants`,
  'sp-resolved-before': (p) => `${s(p, 'label')} a été résolu le ${s(p, 'resolved')}, avant sa création le ${s(p, 'created')}\u00a0: sa panne ne peut pas être datée`,
  'sp-left-down': (p) =>
    `le composant «\u00a0${s(p, 'element')}\u00a0» est resté ${s(p, 'status')} le ${s(p, 'since')}, après la résolution de ${s(p, 'label')} le ${s(p, 'resolved')}\u00a0: cette période n’a pas de fin et n’est pas comptée`,
  'sp-already-down': (p) =>
    `le composant «\u00a0${s(p, 'element')}\u00a0» était déjà ${s(p, 'status')} avant le ${s(p, 'time')}\u00a0: le temps d’avant n’appartient pas à ${s(p, 'label')} et n’est pas compté`,
  'sp-status-unknown': (p) =>
    `le composant «\u00a0${s(p, 'element')}\u00a0» a le statut ${s(p, 'status')}, que la correspondance ne connaît pas (connus\u00a0: ${s(p, 'known')})\u00a0; son temps depuis le ${s(p, 'since')} n’est pas compté`,
  'probe-same-time': (p) =>
    `a le même instant (${s(p, 'time')}) que ${s(p, 'other') ? `l’échantillon ${s(p, 'other')}` : 'un autre échantillon'}${s(p, 'element') ? ` de ${s(p, 'element')}` : ''}\u00a0: le pire état, ${stateFr(s(p, 'kept'))}, est gardé et celui-ci, ${stateFr(s(p, 'state'))}, est laissé de côté`,
  'hb-not-beat': (p) =>
    `doit être un battement { time, status } ou [time, status] (valeur reçue\u00a0: ${
      p.items !== undefined ? `une liste de ${s(p, 'items')} élément${Number(p.items) > 1 ? 's' : ''}` : got(p)
    })`,
  // Prometheus
  'prom-series': () => 'doit être une série { metric: { … }, values: [[instant, valeur], …] }',
  'prom-label': (p) => `n’a pas d’étiquette ${JSON.stringify(s(p, 'label'))} pour nommer son élément (étiquettes\u00a0: ${s(p, 'labels') || 'aucune'})`,
  'prom-pair': () => 'doit être une paire [instant, valeur]',
  'prom-time': (p) => `l’instant doit être un temps Unix en secondes (valeur reçue\u00a0: ${got(p)})`,
  'prom-value': (p) => `la valeur doit être "1" (en service) ou "0" (en panne) (valeur reçue\u00a0: ${got(p)})`,
  'prom-step': () => 'le pas ne peut pas se déduire d’échantillons isolés\u00a0: donnez l’option step, par exemple "60s"',
  'prom-tail': () => 'son dernier échantillon plus un pas sort des dates possibles',
  'ends-before-start': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} est avant la date d’ouverture ${JSON.stringify(s(p, 'start'))}`,
}

// Why a cell cannot be read, in French: a date's reasons, then the other cells'. `text` and `got` are the
// cell as written, quoted.
const CELL_FR: Readonly<Record<string, Wording>> = {
  'date-range': (p) => `${s(p, 'text')} est hors des dates possibles`,
  'date-skipped': (p) => `${s(p, 'text')} n’existe pas dans le fuseau ${s(p, 'zone')} (les horloges sautent cette heure)`,
  'date-twice': (p) =>
    `${s(p, 'text')} se produit deux fois dans le fuseau ${s(p, 'zone')} (les horloges reculent)\u00a0: écrivez-la avec son décalage (+01:00, +02:00), ou choisissez la première ou la seconde avec l’option ambiguousTime 'earlier' ou 'later' (en ligne de commande\u00a0: --ambiguous-time earlier ou later)`,
  'date-years': (p) => `${s(p, 'text')} est hors des dates possibles (années 0000 à 9999)`,
  'date-instant-range': (p) => `${s(p, 'text')} est hors des dates possibles\u00a0: les instants vont des années 1 à 9999`,
  'date-no-offset': (p) =>
    `${s(p, 'text')} n’a pas de décalage UTC\u00a0: écrivez-le («\u00a0…Z\u00a0», «\u00a0…+01:00\u00a0») ou donnez le fuseau, option timeZone, par exemple 'Europe/Paris' (en ligne de commande\u00a0: --dates-time-zone Europe/Paris)`,
  'date-format-error': (p) => `${s(p, 'text')} ne peut pas être lue au format '${s(p, 'format')}'`,
  'date-not-in-format': (p) => `${s(p, 'text')} n’est ni un instant ISO 8601 ni une date au format '${s(p, 'format')}'`,
  'date-day-only': (p) =>
    `${s(p, 'text')} est un jour sans heure\u00a0: un incident commence et finit à des instants\u00a0; écrivez aussi l’heure («\u00a0${s(p, 'day')}T00:00:00+01:00\u00a0», ou «\u00a0${s(p, 'day')}T00:00:00\u00a0» avec l’option timeZone)`,
  'date-day-only-format': (p) =>
    `${s(p, 'text')} est un jour sans heure\u00a0: un incident commence et finit à des instants\u00a0; écrivez aussi l’heure, au format '${s(p, 'format')}' (par exemple «\u00a0${s(p, 'example')}\u00a0»)`,
  'date-not-iso': (p) =>
    `${s(p, 'text')} n’est pas un instant ISO 8601 avec décalage, comme "2026-03-02T10:00:00+01:00"\u00a0; pour une autre écriture, donnez les options dateFormat (par exemple 'dd/MM/yyyy HH:mm') et timeZone (par exemple 'Europe/Paris')\u00a0; en ligne de commande\u00a0: --date-format 'dd/MM/yyyy HH:mm' --dates-time-zone Europe/Paris`,
  'cell-empty': () => 'est vide',
  'cell-before-start': (p) => `est avant le début (${s(p, 'start')})`,
  'elements-none': (p) => `${got(p)} ne nomme aucun élément\u00a0; laissez la case vide pour tous les éléments`,
  // The French words themselves, not the library's IMPACT_WORDS that a person at the command line cannot see.
  'impact-unknown': (p) => `doit être l’une des valeurs ${s(p, 'options')} ou un de leurs synonymes (valeur reçue\u00a0: ${got(p)})\u00a0: ${IMPACT_SYNONYMS_FR}`,
  'cause-unknown': (p) => `doit être l’une des valeurs ${s(p, 'options')} ou un de leurs synonymes (valeur reçue\u00a0: ${got(p)})\u00a0: ${CAUSE_SYNONYMS_FR}`,
}

/**
 * The bad cells of a row (code `cells`), each as `column\u00a0: why`, the column named as the file's header
 * names it. The figures of problem `n` are `n.column`, `n.name`, `n.code` and `n.<key>`.
 */
function cellsFr(p: IssueParams): string {
  const out: string[] = []
  const codes: string[] = []
  for (let n = 0; n < Number(p.count); n++) {
    const own: Record<string, string | number> = {}
    const prefix = `${n}.`
    for (const [k, v] of Object.entries(p)) if (k.startsWith(prefix)) own[k.slice(prefix.length)] = v
    const code = s(own, 'code')
    // A date met before in the row in the same form is said briefly: the hint is the first one's.
    const again = REPEATED_FR[code] !== undefined && codes.includes(code)
    codes.push(code)
    const wording = again ? REPEATED_FR[code] : CELL_FR[code]
    out.push(`${s(own, 'name') || s(own, 'column')}\u00a0: ${wording ? wording(own) : code}`)
  }
  return out.join('\u00a0; ')
}

// The date problems whose wording carries a long hint, as said again for a second cell of one row.
const REPEATED_FR: Readonly<Record<string, Wording>> = {
  'date-not-iso': (p) => `${s(p, 'text')} non plus`,
  'date-no-offset': (p) => `${s(p, 'text')} non plus`,
}

/** The problems of a row of a structured input (code `issues`), each `path\u00a0: why` as `formatIssue` words it. */
function issuesFr(p: IssueParams): string {
  const out: string[] = []
  for (let n = 0; n < Number(p.count); n++) {
    const own: Record<string, string | number> = {}
    const prefix = `${n}.`
    for (const [k, v] of Object.entries(p)) if (k.startsWith(prefix)) own[k.slice(prefix.length)] = v
    // A list's instant in local time that could not be read has a code of the CSV cells'.
    const wording = FRENCH[s(own, 'code')] ?? CELL_FR[s(own, 'code')]
    const why = wording ? wording(own) : s(own, 'message')
    out.push(s(own, 'path') ? `${s(own, 'path')}\u00a0: ${why}` : why)
  }
  return out.join('\u00a0; ')
}

/** A probe's state in French. */
function stateFr(state: string): string {
  return ({ up: 'en service', down: 'en panne', pending: 'en attente', maintenance: 'en maintenance', unknown: 'inconnu' } as Record<string, string>)[state] ?? state
}

/** The French of a few words a skipped row's figures quote (a first row named by its line). */
function quotedFr(text: string): string {
  return text.replace(/^line (\d+)$/, 'ligne $1')
}
