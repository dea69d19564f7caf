import { messages } from './i18n.ts'
import { type Lang } from './state.ts'
import { type ViewProps } from './view.ts'

// The concepts a member needs to read the other sections, in each language.
const CONCEPTS: Record<Lang, readonly [string, string, string][]> = {
  fr: [
    ['period', 'Période', 'Le mois civil dans le fuseau de l’offre : mars 2026 à Paris dure 743 h (passage à l’heure d’été), octobre 745 h. La disponibilité se mesure sur cette durée exacte, pas sur « 30 jours ».'],
    ['incident', 'Incident', 'Un intervalle [début, fin) pendant lequel des éléments (un VPS, un service) sont en panne, partiellement ou dégradés, avec une cause. Les causes exclues par l’offre (maintenance annoncée, fait du client, force majeure) ne comptent pas comme indisponibilité.'],
    ['commitment', 'Engagement', 'Ce que l’offre promet : règles de mesure, modèles de crédit, GTI et GTR, plafond, recours exclusif. Sans modèle de crédit, la disponibilité est « au mieux » et l’offre le dit.'],
    ['band', 'Tranche (palier)', 'Une plage de disponibilité, bornes incluses ou exclues exactement comme le contrat les écrit : « ≥ 99,0 % et < 99,5 % ». Les tranches couvrent tout, de 0 à l’objectif, sans trou ni chevauchement ; la bibliothèque le vérifie.'],
    ['credit', 'Crédit', 'Un pourcentage du prix mensuel des éléments touchés, arrondi une seule fois au centime (50 % de 4,99 € font 2,50 €). Quand il est le « seul recours », le client renonce à tout autre dédommagement : l’onglet Comparer le met face à ce que coûte la panne.'],
    ['gti', 'GTI', 'Garantie de temps d’intervention : quelqu’un commence à traiter l’incident dans le délai, compté sur un calendrier (heures ouvrées, jours fériés français, Alsace-Moselle). Une structure avec des salariés peut la tenir en heures ouvrées.'],
    ['gtr', 'GTR', 'Garantie de temps de rétablissement : le service revient dans le délai. Plus difficile à promettre : personne ne sait d’avance combien de temps prendra une réparation.'],
    ['claim', 'Délai de réclamation', 'Le temps dont dispose le client pour demander son crédit ; passé ce délai, le crédit est perdu.'],
  ],
  en: [
    ['period', 'Period', 'The calendar month in the offer’s time zone: March 2026 in Paris lasts 743 h (the clocks go forward), October 745 h. Availability is measured over that exact length, not over “30 days”.'],
    ['incident', 'Incident', 'An interval [start, end) during which elements (a VPS, a service) are down, partly down or degraded, with a cause. Causes the offer excludes (announced maintenance, the client’s doing, force majeure) are not downtime.'],
    ['commitment', 'Commitment', 'What the offer promises: measurement rules, credit models, GTI and GTR, a cap, sole remedy. Without a credit model, availability is best effort, and the offer says so.'],
    ['band', 'Band (tier)', 'A range of availability, its bounds included or excluded exactly as the contract writes them: “≥ 99.0 % and < 99.5 %”. The bands cover everything from 0 to the target with no gap or overlap; the library checks it.'],
    ['credit', 'Credit', 'A percentage of the monthly fee of the affected elements, rounded once to the cent (50 % of 4.99 is 2.50). When it is the “sole remedy” the client waives any other compensation: the Compare section sets it against what the outage costs.'],
    ['gti', 'GTI', 'Guaranteed time to intervene: someone starts working on the incident within the time, counted on a calendar (business hours, French public holidays, Alsace-Moselle). An organisation with salaried staff can keep it in business hours.'],
    ['gtr', 'GTR', 'Guaranteed time to restore: the service is back within the time. Harder to promise: nobody knows in advance how long a repair will take.'],
    ['claim', 'Claim window', 'How long the client has to ask for the credit; after it, the credit is lost.'],
  ],
}

export function GuideView({ state }: ViewProps) {
  const t = messages(state.lang)
  return (
    <article class="guide">
      <h2>{t['guide.title']}</h2>
      <dl id="concepts">
        {CONCEPTS[state.lang].map(([id, term, text]) => (
          <div key={id} id={`concept-${id}`}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <h3>API</h3>
      <p>
        <a id="api-link" class="button" href="./api/index.html">
          {t['guide.api']}
        </a>
      </p>
    </article>
  )
}
