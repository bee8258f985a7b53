import * as z from 'zod/mini';

// zod/mini rather than classic zod: the same zod 4 core and error messages, but its functional API
// tree-shakes, which keeps the content script inside its size budget (see README, "Trust").
// MV3's CSP forbids `new Function`; zod probes for it on first use unless told not to.
// Every module that defines a schema imports `z` from here so the flag is set before any schema exists.
z.config({ jitless: true });

export { z };
