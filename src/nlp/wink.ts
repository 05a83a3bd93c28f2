import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let shared: WinkMethods | undefined;

/**
 * The wink instance used for articles. Loading the model costs ~200 ms, so it is created once.
 * Questions use their own instance (see `understand`) because `learnCustomEntities` replaces
 * every earlier pattern of the instance it is called on.
 */
export function articleNlp(): WinkMethods {
  shared ??= winkNLP(model);
  return shared;
}

export function newNlp(): WinkMethods {
  return winkNLP(model);
}
