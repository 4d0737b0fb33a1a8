export { withDeadline } from '../../src/conformance/deadline.js';
