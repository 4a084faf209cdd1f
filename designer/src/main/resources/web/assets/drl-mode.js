// A CodeMirror 5 mode for Drools rule files: keywords, rule attributes, @metadata, strings,
// numbers, comments and operators. CodeMirror has no DRL mode of its own.

const KEYWORDS = new Set([
  'rule', 'when', 'then', 'end', 'package', 'import', 'salience', 'not', 'exists', 'and', 'or', 'eval',
  'function', 'global', 'query', 'declare', 'extends', 'from', 'collect', 'accumulate', 'forall', 'over',
  'in', 'matches', 'memberOf', 'contains', 'soundslike', 'modify', 'insert', 'insertLogical', 'update',
  'retract', 'delete', 'dialect', 'enabled', 'duration', 'timer', 'calendars', 'attributes', 'new',
]);
const HYPHENATED =
  /^(?:no-loop|lock-on-active|auto-focus|agenda-group|activation-group|ruleflow-group|date-effective|date-expires)\b/;
const ATOMS = new Set(['true', 'false', 'null']);

function blockComment(stream, state) {
  if (stream.skipTo('*/')) {
    stream.match('*/');
    state.inComment = false;
  } else {
    stream.skipToEnd();
  }
  return 'comment';
}

function word(stream) {
  const text = stream.current();
  if (KEYWORDS.has(text)) return 'keyword';
  if (ATOMS.has(text)) return 'atom';
  if (/^[A-Z]/.test(text)) return 'type';
  return stream.match(/^\s*\(/, false) ? 'variable-2' : 'variable';
}

function token(stream, state) {
  if (state.inComment) return blockComment(stream, state);
  if (stream.eatSpace()) return null;
  if (stream.match('//') || stream.match(/^#/)) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.inComment = true;
    return blockComment(stream, state);
  }
  if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
  if (stream.match(/^@[A-Za-z_]\w*/)) return 'meta';
  if (stream.match(HYPHENATED)) return 'keyword';
  if (stream.match(/^\d+(?:\.\d+)?/)) return 'number';
  if (stream.match(/^[A-Za-z_$][\w$]*/)) return word(stream);
  if (stream.match(/^(?:==|!=|<=|>=|&&|\|\||->|[<>=!+\-*/%:])/)) return 'operator';
  if (stream.match(/^[()[\]{}]/)) return 'bracket';
  stream.next();
  return null;
}

/** Registers the mode as "drl" (and the MIME type text/x-drl) with the given CodeMirror. */
export function defineDrlMode(CodeMirror) {
  CodeMirror.defineMode('drl', () => ({
    startState: () => ({ inComment: false }),
    copyState: (state) => ({ inComment: state.inComment }),
    token,
    lineComment: '//',
    blockCommentStart: '/*',
    blockCommentEnd: '*/',
  }));
  CodeMirror.defineMIME('text/x-drl', 'drl');
}
