import { it } from 'vitest'
import { parse } from 'yaml'
import { safeParseCommitment } from '../../src/index.js'
it('probe', () => {
  for (const text of ['credit:\n  type: tiers\n  tiers:\n    - { atLeast: 99,0, below: 99,5, credit: 10 }\n    - { below: 99, credit: 50 }\n', 'credit:\n  type: tiers\n  tiers:\n    - atLeast: 99,0\n      credit: 10\n', 'credit: { type: tiers, tiers: [ { atLeast: 99,0, credit: 10 } ] }']) {
    const v = parse(text)
    console.log(JSON.stringify(v), JSON.stringify(safeParseCommitment(v).error?.issues))
  }
})
