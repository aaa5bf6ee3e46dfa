/** `cookiegate-ui-sv.js`: the script-tag build's UI with the sv texts, loaded by cookiegate.js when needed. */
import { presetInfo } from '../../services/info';
import texts from '../i18n/sv';
import { createUi } from '../mount';

window.cookiegateUi = (api, root, lang) => createUi(api, root, lang, texts, presetInfo);
