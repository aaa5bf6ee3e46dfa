/** The script-tag build's config messages, loaded only when a config has problems. */
export { printProblems } from '../core/messages';
