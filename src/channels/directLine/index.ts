export { registerDirectLine, type DirectLineDeps, type LocalDirectLine } from './registerDirectLine';
export { registerDirectLineTokenEndpoint, type DirectLineTokenEndpointDeps } from './tokenEndpoint';
