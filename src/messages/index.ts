/**
 * matou/messages: problems worded in another language than English. Each `InputIssue` of the core carries a
 * `code` and its figures; this entry words them (French today). Kept out of the core so that a bundle that
 * shows problems in English only does not carry the French wordings.
 *
 * @packageDocumentation
 */

export { formatIssue, localiseInputError, type MessageLanguage } from './format.js'
