export { StreamProbe as SseReader } from '../../src/conformance/stream-probe.js';
