/**
 * The `wavefile` package's WaveFile class, in Node and in Vite bundles alike: Node's ESM loader
 * sees only the CommonJS build's default export (`import { WaveFile }` fails there), while Vite
 * resolves the package's ES module, which has only the named export.
 */
import * as wavefile from 'wavefile';

type WaveFileModule = typeof wavefile;
const mod = wavefile as WaveFileModule & { default?: WaveFileModule };

export const WaveFile: WaveFileModule['WaveFile'] = mod.WaveFile ?? mod.default!.WaveFile;
export type WaveFile = InstanceType<WaveFileModule['WaveFile']>;
