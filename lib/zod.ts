import { z } from 'zod';

// MV3's CSP forbids `new Function`; zod probes for it on first use unless told not to.
// Every module that defines a schema imports `z` from here so the flag is set before any schema exists.
z.config({ jitless: true });

export { z };
