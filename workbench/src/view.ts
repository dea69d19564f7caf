import { type Offer, type SafeResult } from '../../src/index.ts'
import { type Update } from './main.tsx'
import { type State } from './state.ts'

/** What every section of the page receives: the state, how to change it, and the draft as the library reads it. */
export interface ViewProps {
  state: State
  update: Update
  offer: SafeResult<Offer>
}
