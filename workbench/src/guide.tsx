import { messages } from './i18n.ts'
import { type ViewProps } from './view.ts'

export function GuideView({ state }: ViewProps) {
  const t = messages(state.lang)
  return <h2>{t['tab.guide']}</h2>
}
