import { render } from 'preact';
import './theme.css';
import './popup.css';
import { localizeDocument } from '../shared/i18n';
import { holdFromStartForTest } from '../shared/test-hold';
import { PopupApp } from './popup-app';

localizeDocument('popupTitle');
holdFromStartForTest();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
