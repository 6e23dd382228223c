/**
 * "Did you mean …?" for mistyped ids, field names and values. The schemas'
 * error messages use it too, so it lives in the domain layer.
 */
export { closestIds, editDistance, nearestWord } from '../domain/suggest';
