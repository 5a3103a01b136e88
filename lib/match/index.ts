// The matching engine: compile the catalogue into a binary index at build time, load it and find mentions at run
// time. Pure TypeScript (no browser APIs): used by the background, the Node scripts and the tests.
export { compileMatcherIndex, type MatchCatalog } from './compile';
export { Matcher, type MatchContext } from './matcher';
