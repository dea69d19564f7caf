import type { IssueParams } from '../errors.js'
import { s, type Wording } from './wording.js'

/** Every code a reader's skipped row can carry, worded in French (the English is the row's `reason`). */
export const SKIP_REASONS_FR: Readonly<Record<string, Wording>> = {
  'row-empty': () => 'est vide',
  'row-fields': (p) =>
    `compte ${s(p, 'fields')} champ${Number(p.fields) > 1 ? 's' : ''} alors que l’en-tête en compte ${s(p, 'width')}` +
    (Number(p.fields) > Number(p.width) ? ` (un ${s(p, 'delimiter')} dans un champ sans guillemets\u00a0? mettez-le entre guillemets)` : ''),
  'quote-not-closed': () =>
    'un champ entre guillemets de la ligne n’est jamais fermé\u00a0: la suite du fichier ne peut pas être lue (fermez le guillemet, ou doublez un guillemet à l’intérieur d’un champ entre guillemets\u00a0: "")',
  'client-element-empty': (p) => `element\u00a0: est vide\u00a0; chaque ligne nomme l’élément facturé (valeur reçue\u00a0: ${s(p, 'got')})`,
  'client-element-many': (p) => `element\u00a0: ${s(p, 'element')} nomme plusieurs éléments\u00a0; donnez à chacun sa ligne et son montant`,
  'client-text': (p) => `${s(p, 'key')}\u00a0: doit être du texte (valeur reçue\u00a0: ${s(p, 'got')})`,
  'client-fee-without-amount': (p) => `fee\u00a0: est vide mais la devise est ${s(p, 'currency')}\u00a0; donnez le montant, ou laissez les deux vides s’il n’est pas connu`,
  'client-fee-amount': (p) => `fee\u00a0: ${s(p, 'got')} n’est pas un montant comme 9.99 ou 9,99`,
  'client-currency-missing': (p) => `currency\u00a0: est vide\u00a0; donnez la devise du montant ${s(p, 'amount')}, par exemple EUR`,
  'client-currency-unknown': (p) => `currency\u00a0: ${s(p, 'got')} n’est pas un code ISO 4217 comme EUR`,
  'client-duplicate': (p) => `element\u00a0: «\u00a0${s(p, 'element')}\u00a0» est déjà facturé (${quotedFr(s(p, 'first'))})\u00a0; une ligne par élément`,
  'client-not-object': (p) => `doit être { element, fee, currency, service?, name?, from?, until? } (valeur reçue\u00a0: ${s(p, 'got')})`,
  'client-when': (p) =>
    `${s(p, 'key')}\u00a0: ${s(p, 'got')} n’est pas une date comme 2026-03-16 ni un instant comme 2026-03-16T08:00:00+01:00`,
  // The ticket readers (GLPI, ServiceNow).
  'missing-field': (p) => `${s(p, 'field')}\u00a0: vide ou «\u00a0?\u00a0»`,
  'bad-date': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas une date (${s(p, 'expected')})`,
  'bad-duration': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas une durée en secondes`,
  'unknown-status': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas un statut de ${s(p, 'desk')}`,
  'unknown-priority': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} n’est pas une priorité de ${s(p, 'desk')}`,
  'not-an-object': () => 'n’est pas un ticket (un objet avec ses champs)',
  'no-opening': (p) => `ticket ${s(p, 'ticket')}\u00a0: aucune ligne ne dit quand il a été ouvert (${s(p, 'field')})`,
  'solved-without-date': (p) => `${s(p, 'field')}\u00a0: le ticket est ${s(p, 'status')} mais n’a ni date de résolution ni date de clôture`,
  'ends-before-start': (p) => `${s(p, 'field')}\u00a0: ${JSON.stringify(s(p, 'value'))} est avant la date d’ouverture ${JSON.stringify(s(p, 'start'))}`,
}

/** The French of a few words a skipped row's figures quote (a first row named by its line). */
function quotedFr(text: string): string {
  return text.replace(/^line (\d+)$/, 'ligne $1')
}
