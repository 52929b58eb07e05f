import { z } from 'zod'

// Zod probes `new Function` to decide whether it may compile parsers; under our CSP (no 'unsafe-eval')
// the probe is refused and reported as a violation. Jitless mode skips the probe. Import this first.
z.config({ jitless: true })
