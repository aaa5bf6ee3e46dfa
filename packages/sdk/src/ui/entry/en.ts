/** `cookiegate-ui-en.js`: the script-tag build's UI with the en texts, loaded by cookiegate.js when needed. */
import { presetInfo } from '../../services/info';
import texts from '../i18n/en';
import { createUi } from '../mount';

window.cookiegateUi = (api, root, lang) => createUi(api, root, lang, texts, presetInfo);
