// Intercom's composer is ProseMirror.
import { upgradeProseMirror } from './prosemirror-composer';

upgradeProseMirror('.inbox2__composer .ProseMirror');
