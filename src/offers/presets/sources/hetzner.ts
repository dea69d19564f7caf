import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of hetzner.ts, by preset id. */
export const hetznerTexts = /* @__PURE__ */ (() =>
  ({
    'hetzner-cloud': {
      clause:
        'Hetzner will use commercially reasonable efforts to ensure a monthly availability of 99.9% for its Cloud Servers, measured by the actual availability of each individual Cloud Server during a given calendar month.',
      notes: [
        'The 99.9 % target, the definition of "available" and the exclusions are from Hetzner\'s page (§2); what follows a breach was not in the text read: NOT ENCODED, no credit model, every credit is 0. Partly verified.',
        'Available (paraphrase): the host system is operational, the hypervisor started the instance and the instance shows activity in its metrics. One element per Cloud Server.',
        'Exclusions (paraphrase, §2 (3)): maintenance under §3 (cause maintenance); failures from the customer\'s own software or configuration and rescales the customer starts (cause customer); denial-of-service attacks, viruses, hacking, and network interruptions outside Hetzner\'s reasonable control, such as third-party providers (cause third-party, and force majeure). Required live migrations are excluded too: log them as maintenance.',
        'Reading: the calendar month is read in Europe/Berlin (Hetzner is a German company); the page names no time zone. Measured to the millisecond: the page sets no minimum outage.',
        'Silent in the text read: the credit, its base, the claim window and procedure, and any sole-remedy clause.',
      ],
      notesFr: [
        'L’objectif de 99.9 %, la définition de « available » et les exclusions viennent de la page de Hetzner (§2)\u00a0; ce qui suit un manquement n’était pas dans le texte lu\u00a0: NON CODÉ, aucun modèle de crédit, tout crédit vaut 0. Vérifié en partie.',
        'Disponible (paraphrase)\u00a0: le système hôte fonctionne, l’hyperviseur a démarré l’instance et l’instance montre de l’activité dans ses métriques. Un élément par Cloud Server.',
        'Exclusions (paraphrase, §2 (3))\u00a0: maintenance selon le §3 (cause maintenance)\u00a0; défaillances des logiciels ou de la configuration du client lui-même et redimensionnements lancés par le client (cause customer)\u00a0; attaques par déni de service, virus, piratage et coupures réseau hors du contrôle raisonnable de Hetzner, comme des prestataires tiers (cause third-party, et force majeure). Les migrations à chaud nécessaires sont exclues aussi\u00a0: consignez-les comme maintenance.',
        'Lecture\u00a0: le mois civil se lit en Europe/Berlin (Hetzner est une société allemande)\u00a0; la page ne nomme aucun fuseau horaire. Mesure à la milliseconde\u00a0: la page ne fixe aucune durée minimale de panne.',
        'Silence dans le texte lu\u00a0: le crédit, sa base, le délai et la procédure de réclamation, et toute clause de recours exclusif.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
