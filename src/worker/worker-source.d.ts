/** The parse worker's script, bundled on its own at build time (null where there is none: the tests). */
declare module "virtual:parse-worker" {
  const source: string | null;
  export default source;
}
