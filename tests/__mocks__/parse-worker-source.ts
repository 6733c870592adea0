/** The tests run without the parse worker's script: the plugin then reads notes in place (tests of the pool give it workers of their own). */
const source: string | null = null;
export default source;
