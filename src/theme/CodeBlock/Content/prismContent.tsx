import prismIncludeLanguages from '@theme/prism-include-languages';
import type ContentType from '@theme/CodeBlock/Content';
import OriginalContent from '@theme-original/CodeBlock/Content';
import { Prism } from 'prism-react-renderer';

// The theme's registration of `prism.additionalLanguages`, moved here from its client module so
// that only pages with a code block the build did not highlight load Prism
// (src/plugins/deferPrismLanguages).
prismIncludeLanguages(Prism as Parameters<typeof prismIncludeLanguages>[0]);

export default OriginalContent as typeof ContentType;
