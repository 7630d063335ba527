// The Atlassian editor is ProseMirror (#ak-editor-textarea).
import { upgradeProseMirror } from './prosemirror-composer';

upgradeProseMirror('#ak-editor-textarea');
