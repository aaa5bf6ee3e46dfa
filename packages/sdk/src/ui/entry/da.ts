/** `cookiegate-ui-da.js`: the script-tag build's UI with the da texts, loaded by cookiegate.js when needed. */
import { presetInfo } from '../../services/info';
import texts from '../i18n/da';
import { createUi } from '../mount';

window.cookiegateUi = (api, root, lang) => createUi(api, root, lang, texts, presetInfo);
