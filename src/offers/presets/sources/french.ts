import { presets } from '../index.js'

/**
 * The project's own words about each preset in French: its description and, where the provider's clause is
 * in English, its claim window and procedure. The provider's quoted words, product names and figures stay
 * as written. Kept beside the sources' texts so that the core bundle does not carry them.
 */
export interface PresetFrench {
  /**
   * The preset's name in French: the product as the provider writes it, the project's words around it in
   * French. It starts with the same word as the English name, which an offer made from the preset takes as
   * its provider.
   */
  readonly name: string
  readonly description?: string
  readonly claim?: { readonly window?: string; readonly procedure?: string }
  /** The date of the source, where the preset writes it in English words rather than as a bare date. */
  readonly sourceDate?: string
  /** The title of the source, where it holds the project's words besides the document's own title. */
  readonly sourceTitle?: string
}

const AWS_CLAIM = {
  window: 'avant la fin du deuxième cycle de facturation après l’incident',
  procedure:
    'un dossier au support avec «\u00a0SLA Credit Request\u00a0» en objet, les dates et heures de chaque incident, la région affectée (et les identifiants des instances), et des journaux de requêtes qui documentent les erreurs',
} as const
const AZURE_CLAIM = { window: 'avant la fin du mois civil qui suit le mois de l’incident' } as const
const GCP_CLAIM = { window: 'dans les 60 jours', procedure: 'une demande au support Google Cloud' } as const
const AWS_DATE = 'version de 2022'
const GCP_DATE = 'page actuelle, table du niveau Premium (la séparation des instances uniques par famille de machines apparaît dans la version du 29\u00a0août\u00a02023)'
const UNDATED_PAGE = 'page actuelle (non datée)'
const OVH_VPS = { sourceTitle: 'OVH, conditions particulières VPS (2016), citées dans le fil du forum des CHATONS «\u00a0Taxonomie des CHATONS & GT MATOU\u00a0»' } as const

/** The French texts of the presets, by preset id; built on first use, as the registry is. */
export const presetFrench = /* @__PURE__ */ (() =>
  ({
    'aws-ec2-region': { name: 'AWS EC2, au niveau de la région (2022)', description: 'Instances déployées dans deux «\u00a0Availability Zones\u00a0» ou plus d’une région, par cycle de facturation mensuel.', claim: AWS_CLAIM, sourceDate: AWS_DATE },
    'aws-ec2-instance': { name: 'AWS EC2, au niveau de l’instance (2022)',
      description: 'Une instance EC2, par cycle de facturation mensuel\u00a0; une heure d’horloge à plus de 6 minutes d’indisponibilité n’est pas facturée, sans réclamation.',
      claim: AWS_CLAIM,
      sourceDate: AWS_DATE,
    },
    'azure-vm-zones': { name: 'Azure Virtual Machines, deux instances ou plus réparties entre zones de disponibilité',
      description: 'Deux instances ou plus déployées dans deux zones de disponibilité ou plus d’une région\u00a0; cible 99,99\u00a0%. Tranches tirées d’une copie secondaire.',
      claim: AZURE_CLAIM,
    },
    'azure-vm-availability-set': { name: 'Azure Virtual Machines, deux instances ou plus dans un groupe à haute disponibilité', description: 'Deux instances ou plus dans un même groupe à haute disponibilité («\u00a0availability set\u00a0»)\u00a0; cible 99,95\u00a0%.', claim: AZURE_CLAIM },
    'azure-vm-zones-in-service': { name: 'Azure Virtual Machines, zones de disponibilité, mesuré pendant que deux instances ou plus tournent',
      description:
        'Comme azure-vm-zones, mesuré seulement pendant que deux VM ou plus du déploiement tournent (leurs périodes de marche sont nécessaires)\u00a0; cible 99,99\u00a0%. Tranches tirées d’une copie secondaire.',
      claim: AZURE_CLAIM,
    },
    'azure-vm-availability-set-in-service': { name: 'Azure Virtual Machines, groupe à haute disponibilité, mesuré pendant que deux instances ou plus tournent',
      description: 'Comme azure-vm-availability-set, mesuré seulement pendant que deux VM ou plus du groupe tournent (leurs périodes de marche sont nécessaires)\u00a0; cible 99,95\u00a0%.',
      claim: AZURE_CLAIM,
    },
    'azure-vm-single-premium-ssd': { name: 'Azure Virtual Machines, instance unique avec Premium SSD', description: 'Une instance dont tous les disques sont Premium SSD (ou Premium SSD v2, ou Ultra Disk)\u00a0; cible 99,9\u00a0%.', claim: AZURE_CLAIM },
    'azure-vm-single-standard-ssd': { name: 'Azure Virtual Machines, instance unique avec Standard SSD', description: 'Une instance dont tous les disques sont Standard SSD\u00a0; cible 99,5\u00a0%.', claim: AZURE_CLAIM },
    'azure-vm-single-standard-hdd': { name: 'Azure Virtual Machines, instance unique avec Standard HDD', description: 'Une instance dont tous les disques sont Standard HDD\u00a0; cible 95\u00a0%.', claim: AZURE_CLAIM },
    'gcp-compute-single': { name: 'Google Compute Engine, instance unique',
      description: 'Une instance (hors instances à mémoire optimisée), niveau Premium, par mois civil\u00a0; cible 99,9\u00a0%. Tranches tirées d’une copie secondaire, non vérifiées.',
      claim: GCP_CLAIM,
      sourceDate: GCP_DATE,
    },
    'gcp-compute-multi-zone': { name: 'Google Compute Engine, instances dans plusieurs zones',
      description: 'Instances dans deux zones ou plus d’une région, niveau Premium, par projet et par région\u00a0; cible 99,99\u00a0%. Les tranches de crédit sont introuvables\u00a0: aucun crédit calculé.',
      claim: GCP_CLAIM,
      sourceDate: GCP_DATE,
    },
    'ovh-vps-2016-starter': { ...OVH_VPS, name: 'OVH VPS STARTER (2016)' },
    'ovh-vps-2016-value': { ...OVH_VPS, name: 'OVH VPS VALUE (2016)' },
    'ovh-vps-2016-essential': { ...OVH_VPS, name: 'OVH VPS ESSENTIAL (2016)' },
    'ovh-vps-2016-comfort': { ...OVH_VPS, name: 'OVH VPS COMFORT (2016)' },
    'ovh-vps-2016-elite': { ...OVH_VPS, name: 'OVH VPS ELITE (2016)' },
    'ovh-dedicated-legacy': { name: 'OVH, serveurs dédiés, ancien SLA (vers 2008–2010)',
      sourceTitle: 'OVH, SLA des serveurs dédiés (ovh.co.uk), «\u00a0Quality of connection guarantee\u00a0»',
      description: 'Par serveur\u00a0; 99,9\u00a0% (43 min 12 s par mois)\u00a0; au-delà, 2,5\u00a0% du coût mensuel par heure d’inaccessibilité commencée, plafonné à 100\u00a0%.',
      sourceDate: 'vers 2008–2010',
    },
    'ovh-private-cloud-network': { name: 'OVH, réseau Dedicated/Private Cloud, ancien SLA',
      sourceTitle: 'OVH, page Private Cloud «\u00a0Sicherheit und SLA\u00a0» (ovh.de\u00a0; les mêmes conditions sur ovh.cz, ovh.pl, ovh.lt, ovh-hosting.fi)',
      description:
        'Cible 100\u00a0% hors maintenance planifiée annoncée\u00a0; 5\u00a0% de la facture suivante par tranche de 10 minutes d’indisponibilité commencée, plafonné à 100\u00a0%. Il faut 2 hôtes, la HA et un ticket ouvert.',
      sourceDate: 'non daté (anciennes conditions)',
    },
    'ovh-us-kms-2024': { name: 'OVHcloud US, Key Management Service (2024)',
      description: 'Par mois\u00a0; cible 99,50\u00a0%\u00a0; 5\u00a0% du coût mensuel par heure au-delà de la cible, 30\u00a0% au plus.',
      claim: { window: 'dans les soixante (60) jours calendaires suivant l’incident supposé', procedure: 'une demande au support via l’«\u00a0OVHcloud Control Panel\u00a0»' },
      sourceDate: '2024 (en vigueur le 6\u00a0mars\u00a02024)',
    },
    'ovh-us-vmware-2024': { name: 'OVHcloud US, VMware on OVHcloud (2024)',
      description: 'Par «\u00a0Virtual Datacenter\u00a0», par mois civil\u00a0; cible 99,95\u00a0%\u00a0; 10\u00a0% de 99\u00a0% jusqu’à 99,95\u00a0%, 30\u00a0% sous 99\u00a0%. Il faut 2 hôtes identiques et la HA.',
      sourceDate: '2024-01-06 (en vigueur le 6\u00a0janvier\u00a02024)',
    },
    'exoscale-2016': { name: 'Exoscale (conditions du 1er\u00a0avril\u00a02016)', description: 'Par service affecté, par mois\u00a0; 50\u00a0% de 98,3\u00a0% jusqu’à 99,95\u00a0%, 100\u00a0% sous 98,3\u00a0%.' },
    'alwaysdata-managed-dedicated': { name: 'alwaysdata, serveurs dédiés infogérés (Cloud Privé)',
      description:
        'GTI 15 min et GTR 1 h, 24 h/24 et 7 j/7 supposé\u00a0; 99,9\u00a0% de disponibilité annoncés. Aucun crédit ni pénalité publiés\u00a0: la disponibilité et les manquements sont rapportés, le crédit vaut toujours 0.',
      sourceDate: 'non daté\u00a0: page actuelle de la documentation',
    },
    'france-telecom-gtr-2001': { name: 'France Télécom, contrat professionnel présence (2001)\u00a0: GTR 4 heures ouvrables',
      description: 'GTR de quatre heures ouvrées, du lundi au samedi 08:00–18:00 Europe/Paris, hors jours fériés français. Aucune pénalité connue.',
    },
    'arcep-ftth-gtr-10h': { name: 'ARCEP, accès de gros FttH\u00a0: rétablissement en 10 heures ouvrées',
      sourceTitle: 'ARCEP, décision n° 2020-1432 du 8 décembre 2020 (notification sur l’accès de gros FttH, qualité de service)',
      description: 'GTR de 10 heures ouvrées\u00a0; heures ouvrées SUPPOSÉES du lundi au vendredi 08:00–18:00 Europe/Paris, hors jours fériés français.',
    },
    'scaleway-instances': { name: 'Scaleway Instances (CPU et GPU)',
      description: 'Par instance, par mois civil\u00a0; pannes à partir de 4 minutes continues\u00a0; «\u00a0Maintenance Windows\u00a0» exclues. Table des crédits introuvable\u00a0: aucun crédit calculé.',
      sourceDate: UNDATED_PAGE,
    },
    'scaleway-database-ha': { name: 'Scaleway Managed Databases, haute disponibilité (High Availability)',
      description: 'Une base de données (1 nœud primaire + 1 nœud de secours), nœuds «\u00a0Production-optimized\u00a0», par mois civil\u00a0; cible 99,95\u00a0%. Table des crédits introuvable\u00a0: aucun crédit calculé.',
      sourceDate: UNDATED_PAGE,
    },
    'scaleway-database-standalone': { name: 'Scaleway Managed Databases, nœud unique (Standalone)',
      description: 'Une base de données (1 nœud), nœuds «\u00a0Production-optimized\u00a0», par mois civil\u00a0; cible 99,5\u00a0%. Table des crédits introuvable\u00a0: aucun crédit calculé.',
      sourceDate: UNDATED_PAGE,
    },
    'hetzner-cloud': { name: 'Hetzner Cloud, serveurs', description: 'Par «\u00a0Cloud Server\u00a0», par mois civil\u00a0; cible 99,9\u00a0%. Aucune table de crédits trouvée\u00a0: aucun crédit calculé.', sourceDate: UNDATED_PAGE },
    scalingo: { name: 'Scalingo, engagements de services (SLA)',
      description: 'Avoirs sur les factures suivantes, réclamations sous 3 mois, recours exclusif. Les taux et la table des remises sont introuvables\u00a0: aucun crédit calculé.',
      sourceDate: UNDATED_PAGE,
    },
    'cloud-temple-vm-instances': { name: 'Cloud Temple, instances de VM',
      description: 'Par instance de VM, par mois civil\u00a0; cible 99,95\u00a0% (21.9 min par mois)\u00a0; pannes à partir de 4 minutes consécutives. Crédits introuvables\u00a0: aucun crédit calculé.',
    },
    nuage: { name: 'Nua.ge, instances, réseau et stockage', description: 'Par mois\u00a0; cible 99,99\u00a0%\u00a0; en cas de manquement (sous 99,99\u00a0%), un avoir égal à l’indisponibilité mesurée (au prorata du prix du mois).' },
  }) as const satisfies Record<string, PresetFrench>)()

let claimWords: ReadonlyMap<string, string> | undefined

/**
 * A preset's claim window or procedure in French where the preset writes it in English; any other text (an
 * offer's own words, a provider's French) as it is. A commitment made from a preset carries the English
 * words, so a French explanation of its credit turns them here.
 *
 * @example
 * frenchClaimText('within 60 days') // 'dans les 60 jours'
 * frenchClaimText('sous huit jours') // 'sous huit jours'
 */
export function frenchClaimText(text: string): string {
  claimWords ??= new Map(
    presets.list().flatMap((p) => {
      const fr = (presetFrench as Record<string, PresetFrench | undefined>)[p.id]?.claim
      const pairs: [string | undefined, string | undefined][] = [
        [p.claim?.window, fr?.window],
        [p.claim?.procedure, fr?.procedure],
      ]
      return pairs.filter((x): x is [string, string] => x[0] !== undefined && x[1] !== undefined)
    }),
  )
  return claimWords.get(text) ?? text
}

let nameWords: ReadonlyMap<string, string> | undefined

/**
 * A preset's name in French where `name` is the English name of a preset; any other name (an offer's own, a
 * provider's French) as it is. An offer made from a preset carries the English name, so a French report
 * turns it here.
 *
 * @example
 * frenchPresetName('Google Compute Engine, single instance') // 'Google Compute Engine, instance unique'
 * frenchPresetName('Association Exemple, VPS') // 'Association Exemple, VPS'
 */
export function frenchPresetName(name: string): string {
  nameWords ??= new Map(presets.list().flatMap((p) => {
    const fr = (presetFrench as Record<string, PresetFrench | undefined>)[p.id]?.name
    return fr === undefined ? [] : [[p.name, fr] as const]
  }))
  return nameWords.get(name) ?? name
}
