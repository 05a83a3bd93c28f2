export { parseArticle, articleIdFromFileName, type Article } from './article.ts';
export { readCorpus, type Corpus, type CorpusWarning } from './read.ts';
