import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let shared: WinkMethods | undefined;

/**
 * The one wink instance of the process, for articles and questions alike. Loading the model costs
 * ~200 ms, and wink-nlp 2.4 cannot be instantiated many times over one model: around the twentieth
 * `winkNLP(model)` it throws "Invalid string length". Nothing here learns custom entities, which
 * would be per instance, so sharing is safe.
 */
export function sharedNlp(): WinkMethods {
  shared ??= winkNLP(model);
  return shared;
}
