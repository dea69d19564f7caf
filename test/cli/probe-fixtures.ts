/**
 * An Uptime Kuma export written by hand: monitor "web" beats every 5 min on 10 April 2026 (UTC), is down at
 * 10:10, and is silent from 10:15 to 10:50.
 */
export const KUMA = `{
  "monitors": [{ "id": 1, "name": "web" }],
  "heartbeats": [
    { "monitor_id": 1, "status": 1, "time": "2026-04-10 10:00:00", "msg": "200 - OK" },
    { "monitor_id": 1, "status": 1, "time": "2026-04-10 10:05:00", "msg": "200 - OK" },
    { "monitor_id": 1, "status": 0, "time": "2026-04-10 10:10:00", "msg": "timeout" },
    { "monitor_id": 1, "status": 1, "time": "2026-04-10 10:15:00", "msg": "200 - OK" },
    { "monitor_id": 1, "status": 1, "time": "2026-04-10 10:50:00", "msg": "200 - OK" },
    { "monitor_id": 1, "status": 1, "time": "2026-04-10 10:55:00", "msg": "200 - OK" }
  ]
}`
