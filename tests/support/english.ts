/** The English messages (`_locales/en/messages.json`) as a `Translate`, for tests in Node. */
import en from '../../_locales/en/messages.json';
import { type MessagesFile, type Translate, translatorFor } from '../../src/i18n/messages';

export const englishMessages = en as MessagesFile;
export const english: Translate = translatorFor(englishMessages);
