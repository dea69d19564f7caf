import { messages } from './i18n.ts'
import { type ViewProps } from './view.ts'

export function CatalogueView({ state }: ViewProps) {
  const t = messages(state.lang)
  return <h2>{t['tab.catalogue']}</h2>
}
