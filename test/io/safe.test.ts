import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import * as io from '../../src/io/index.js'

// Each reader and its safe twin give the same answer: the result, or the same InputError as data.
const CASES: [string, () => unknown, () => io.ReadResult | Promise<io.ReadResult>][] = [
  ['csv', () => io.safeParseCsvIncidents('id,start\nA,2026-03-02T10:00:00Z\n'), () => io.parseCsvIncidents('id,start\nA,2026-03-02T10:00:00Z\n')],
  ['csv without start', () => io.safeParseCsvIncidents('id\nA\n'), () => io.parseCsvIncidents('id\nA\n')],
  ['json', () => io.safeParseIncidentsJson('[{"start":"2026-03-02T10:00:00Z"}]'), () => io.parseIncidentsJson('[{"start":"2026-03-02T10:00:00Z"}]')],
  ['bad json', () => io.safeParseIncidentsJson('[{'), () => io.parseIncidentsJson('[{')],
  ['yaml', () => io.safeParseIncidentsYaml('- { start: 2026-03-02T10:00:00Z }'), () => io.parseIncidentsYaml('- { start: 2026-03-02T10:00:00Z }')],
  ['statuspage', () => io.safeParseStatuspageIncidents({ incidents: [] }), () => io.parseStatuspageIncidents({ incidents: [] })],
  ['bad statuspage', () => io.safeParseStatuspageIncidents({ pages: [] }), () => io.parseStatuspageIncidents({ pages: [] })],
  ['heartbeats', () => io.safeParseHeartbeats([['2026-03-02T10:00:00Z', 0]], { pending: 'down', gap: 'unknown', asOf: '2026-03-02T11:00:00Z' }), () => io.parseHeartbeats([['2026-03-02T10:00:00Z', 0]], { pending: 'down', gap: 'unknown', asOf: '2026-03-02T11:00:00Z' })],
  ['prometheus', () => io.safeParsePrometheusRange({ status: 'error' }), () => io.parsePrometheusRange({ status: 'error' })],
  ['ticket event log', () => io.safeParseTicketEventLog('ticket,at,status\nT1,2026-05-13T10:00:00Z,new\nT1,2026-05-13T12:00:00Z,resolved\n'), () => io.parseTicketEventLog('ticket,at,status\nT1,2026-05-13T10:00:00Z,new\nT1,2026-05-13T12:00:00Z,resolved\n')],
  ['event log without a time column', () => io.safeParseTicketEventLog('ticket,status\nT1,new\n'), () => io.parseTicketEventLog('ticket,status\nT1,new\n')],
]

describe('every reader has a safe twin', () => {
  it.each(CASES)('%s', async (_, safe, throwing) => {
    const r = (await safe()) as { success: boolean; data?: unknown; error?: InputError }
    try {
      const data = await throwing()
      expect(r).toEqual({ success: true, data })
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect(r.success).toBe(false)
      expect(r.error).toBeInstanceOf(InputError)
      expect(r.error!.issues).toEqual((error as InputError).issues)
    }
  })

  it('the streaming reader resolves with the error as data', async () => {
    const r = await io.safeReadCsvIncidents('title\nno start\n')
    expect(r.success).toBe(false)
    const ok = await io.safeReadCsvIncidents('start\n2026-03-02T10:00:00Z\n')
    expect(ok).toEqual({ success: true, data: await io.readCsvIncidents('start\n2026-03-02T10:00:00Z\n') })
  })
})
