// The whole state of the page, kept in the URL's fragment so that a link reproduces the page. The fragment
// never reaches a server; it is JSON, deflated and base64url-encoded by the browser's own CompressionStream.

export type Lang = 'fr' | 'en'
export const TABS = ['draft', 'budget', 'compare', 'simulate', 'catalogue', 'incidents', 'guide'] as const
export type Tab = (typeof TABS)[number]

/** An offer as the form and the YAML view hold it: plain data, valid or not yet. */
export type Draft = Record<string, unknown>

export interface SimulationSettings {
  clients: string
  months: string
  trials: string
  seed: string
  rate: string
  median: string
  sigma: string
  correlatedRate: string
  correlatedMean: string
}

export interface State {
  lang: Lang
  tab: Tab
  draft: Draft
  /** The month whose downtime budget is shown, YYYY-MM. */
  month: string
  compare: { presets: string[]; lossPerHour: string; scenario: { name: string; start: string; hours: string } }
  simulation: SimulationSettings
  catalogue: { criteria: string[]; text: string; fileName: string }
  /**
   * `service`: the draft's service a log's elements are billed under, by id; empty for the first.
   * `clients`: the text of a client list (a spreadsheet's first sheet as CSV), empty for none.
   */
  incidents: { text: string; fileName: string; format: IncidentFormat; dateFormat: string; month: string; service: string; clients: string; clientsFileName: string }
}

export type IncidentFormat = 'auto' | 'csv' | 'json' | 'yaml' | 'uptime-kuma' | 'statuspage'

export function initialState(draft: Draft): State {
  return {
    lang: 'fr',
    tab: 'draft',
    draft,
    month: '2026-03',
    compare: { presets: ['ovh-vps-2016-starter', 'ovh-vps-2016-value'], lossPerHour: '50', scenario: { name: '', start: '', hours: '' } },
    simulation: { clients: '100', months: '12', trials: '834', seed: '1', rate: '0.1', median: 'PT45M', sigma: '1.2', correlatedRate: '0.02', correlatedMean: 'PT12H' },
    catalogue: { criteria: [], text: '', fileName: '' },
    incidents: { text: '', fileName: '', format: 'auto', dateFormat: 'dd/MM/yyyy HH:mm', month: '2026-03', service: '', clients: '', clientsFileName: '' },
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream))
  return new Uint8Array(await response.arrayBuffer())
}

/** The fragment for a state: `#s=` then the deflated JSON. */
export async function encodeState(state: State): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state))
  return `#s=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`
}

/** The state in a fragment, over `fallback` for what the fragment lacks; `fallback` when it holds none. */
export async function decodeState(hash: string, fallback: State): Promise<State> {
  const m = /^#s=([A-Za-z0-9_-]+)$/.exec(hash)
  if (!m) return fallback
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(m[1]!), new DecompressionStream('deflate-raw')))
    const read = JSON.parse(json) as Partial<State>
    return {
      ...fallback,
      ...read,
      compare: { ...fallback.compare, ...read.compare },
      simulation: { ...fallback.simulation, ...read.simulation },
      catalogue: { ...fallback.catalogue, ...read.catalogue },
      incidents: { ...fallback.incidents, ...read.incidents },
      lang: read.lang === 'en' ? 'en' : 'fr',
      tab: TABS.includes(read.tab as Tab) ? (read.tab as Tab) : fallback.tab,
    }
  } catch {
    return fallback
  }
}
