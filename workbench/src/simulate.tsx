import { messages } from './i18n.ts'
import { type ViewProps } from './view.ts'

export function SimulateView({ state }: ViewProps) {
  const t = messages(state.lang)
  return <h2>{t['tab.simulate']}</h2>
}
