import { HighlightStyle } from '@codemirror/language';
import { tags, type Tag } from '@lezer/highlight';
import type { PrismTheme } from 'prism-react-renderer';

// The editor wears the same colours as the site's Prism code blocks, so a block looks the same
// before and after the reader starts editing it. Prism token types → Lezer highlight tags.
const TOKEN_TAGS: Record<string, Tag[]> = {
  comment: [tags.comment, tags.lineComment, tags.blockComment],
  keyword: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword],
  string: [tags.string, tags.special(tags.string), tags.docString],
  number: [tags.number, tags.integer, tags.float],
  boolean: [tags.bool, tags.null],
  function: [tags.function(tags.variableName), tags.function(tags.propertyName)],
  'class-name': [tags.className, tags.typeName, tags.namespace],
  builtin: [tags.standard(tags.variableName), tags.self],
  operator: [tags.operator, tags.derefOperator, tags.arithmeticOperator],
  punctuation: [tags.punctuation, tags.paren, tags.squareBracket, tags.brace, tags.separator],
  property: [tags.propertyName],
  decorator: [tags.meta],
  variable: [tags.variableName],
};

export function highlightStyleFromPrism(theme: PrismTheme): HighlightStyle {
  const specs = theme.styles.flatMap(({ types, style }) =>
    types.flatMap((type) => {
      const tagList = TOKEN_TAGS[type];
      if (!tagList) return [];
      return [
        {
          tag: tagList,
          color: style.color,
          fontStyle: style.fontStyle,
          fontWeight: style.fontWeight === undefined ? undefined : String(style.fontWeight),
        },
      ];
    }),
  );
  return HighlightStyle.define(specs);
}
