// addons-linter ships no types; this is the part of its library API scripts/check-build.ts uses.
declare module 'addons-linter' {
  import type { LinterReport } from './linter-policy';
  interface LinterInstance {
    run(): Promise<LinterReport & { summary: { errors: number; warnings: number; notices: number } }>;
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): LinterInstance;
  };
  export default linter;
}
